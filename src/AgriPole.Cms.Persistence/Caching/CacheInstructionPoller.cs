using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.PublishedCache;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Persistence.Caching;

/// <summary>
/// Load balancing the Umbraco way: every node polls umbracoCacheInstruction and replays the changes other nodes wrote
/// into its own published snapshot (which raises PublishedSnapshotChangedNotification for its search index and caches).
/// </summary>
public sealed class CacheInstructionPoller(
    CmsDbContextFactory dbFactory,
    PublishedSnapshotService snapshots,
    CmsNodeIdentity node,
    IOptions<CmsSettings> settings,
    TimeProvider clock,
    ILogger<CacheInstructionPoller> logger) : BackgroundService
{
    /// <summary>Instructions older than this are pruned: a node that was down longer rebuilds at start anyway.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    private DateTime _lastPrune = DateTime.MinValue;

    /// <summary>Replays what other nodes wrote since the last poll; returns how many instructions were replayed.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken = default)
    {
        var watermark = snapshots.CacheInstructionWatermark;
        if (watermark < 0)
        {
            return 0; // the snapshot is not built yet; its build sets the watermark.
        }

        await using var db = dbFactory.Create();
        var rows = await db.CacheInstructions.Where(c => c.Id > watermark).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var foreign = rows.Where(r => r.Originator != node.Id).ToList();
        if (foreign.Count > 0)
        {
            var content = new HashSet<Guid>();
            var media = new HashSet<Guid>();
            bool dictionary = false, all = false;
            foreach (var row in foreign)
            {
                var instruction = ContentMapper.Deserialize<CacheInstruction>(row.Instructions);
                if (instruction is null)
                {
                    all = true;
                    continue;
                }

                content.UnionWith(instruction.ContentKeys);
                media.UnionWith(instruction.MediaKeys);
                dictionary |= instruction.Dictionary;
                all |= instruction.All;
            }

            await snapshots.RefreshAsync(new ContentChangeSet(content, media, dictionary, all), cancellationToken);
        }

        snapshots.AdvanceWatermark(rows[^1].Id);
        await PruneAsync(db, cancellationToken);
        return foreign.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = settings.Value.CacheInstructionPollInterval;
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Keep polling: a locked or briefly unreachable database must not stop this node from catching up later.
                logger.LogWarning(ex, "Polling cache instructions failed");
            }
        }
    }

    private async Task PruneAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _lastPrune < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastPrune = now;
        var cutoff = now - Retention;
        await db.CacheInstructions.Where(c => c.UtcStamp < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
