using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// At start, in the background (the first page does not wait): opens the index, and rebuilds it from the published
/// snapshot when it was missing, corrupt, or empty while content exists. Searches find nothing until then.
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
        if (index.NeedsRebuild || (index.DocumentCount == 0 && snapshot.ContentCount > 0))
        {
            logger.LogInformation("Search index {State}: rebuilding from {Count} published nodes", opened, snapshot.ContentCount);
            index.Rebuild(snapshot, cancellationToken: cancellationToken);
        }
    }
}
