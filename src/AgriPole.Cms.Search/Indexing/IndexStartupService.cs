using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// At start, in the background (the first page does not wait): opens the index, and rebuilds it from the published
/// snapshot when it was missing, corrupt, empty while content exists, or built from another state of the database
/// (see <see cref="SnapshotFingerprint"/>). A missing or corrupt index finds nothing until then.
/// </summary>
public sealed class IndexStartupService(IIndex index, IPublishedSnapshotAccessor snapshots, ILogger<IndexStartupService> logger) : BackgroundService
{
    /// <summary>Completes when the index is open and, if needed, rebuilt; tests await it.</summary>
    public Task Ready => _ready.Task;

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await Task.Run(() => EnsureReady(stoppingToken), stoppingToken);
            _ready.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _ready.TrySetCanceled(stoppingToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The search index could not be prepared; search finds nothing until `rebuild-index` is run");
            _ready.TrySetException(ex);
        }
    }

    private void EnsureReady(CancellationToken cancellationToken)
    {
        var opened = index.Open();
        var snapshot = snapshots.Current;
        var stale = index.Fingerprint != SnapshotFingerprint.Compute(snapshot);
        if (index.NeedsRebuild || (index.DocumentCount == 0 && snapshot.ContentCount > 0) || stale)
        {
            // A healthy but stale index keeps answering with its last commit until the rebuild commits.
            logger.LogInformation("Search index {State}{Stale}: rebuilding from {Count} published nodes", opened, stale ? " (stale)" : string.Empty, snapshot.ContentCount);
            index.Rebuild(snapshot, cancellationToken: cancellationToken);
        }
    }
}
