using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Drops renditions of replaced or trashed media. Correctness never depends on it (the version is in every cache key);
/// it keeps the cache folder from growing with dead versions.
/// </summary>
public sealed class RenditionCachePurger(RenditionCache cache, IPublishedSnapshotAccessor snapshots) : INotificationHandler<MediaChangedNotification>
{
    public Task HandleAsync(MediaChangedNotification notification, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        foreach (var key in notification.Keys)
        {
            cache.Purge(key, snapshot.GetMedia(key) is { Trashed: false } item ? item.Version : null);
        }

        return Task.CompletedTask;
    }
}
