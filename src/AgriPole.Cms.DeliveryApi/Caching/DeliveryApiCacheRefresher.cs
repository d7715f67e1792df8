using AgriPole.Cms.Core.Notifications;

namespace AgriPole.Cms.DeliveryApi.Caching;

/// <summary>Empties the output cache whenever this node swaps its published snapshot (local change or another node's).</summary>
public sealed class DeliveryApiCacheRefresher(DeliveryApiOutputCache cache) : INotificationHandler<PublishedSnapshotChangedNotification>
{
    public Task HandleAsync(PublishedSnapshotChangedNotification notification, CancellationToken cancellationToken)
    {
        cache.Clear();
        return Task.CompletedTask;
    }
}
