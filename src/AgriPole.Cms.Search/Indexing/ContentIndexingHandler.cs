using AgriPole.Cms.Core.Notifications;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// Keeps the external index in step with the published snapshot on this node: publish, unpublish, move, trash and
/// delete all arrive as a swapped snapshot plus the changed keys (changes replayed from other nodes too).
/// </summary>
public sealed class ContentIndexingHandler(IIndex index, ILogger<ContentIndexingHandler> logger) : INotificationHandler<PublishedSnapshotChangedNotification>
{
    public Task HandleAsync(PublishedSnapshotChangedNotification notification, CancellationToken cancellationToken)
    {
        if (notification.Current.IsPreview)
        {
            return Task.CompletedTask;
        }

        try
        {
            if (notification.Changes.All && !index.IsOpen)
            {
                // The snapshot built at start: IndexStartupService opens, checks and rebuilds if needed, in the
                // background, so start-up does not wait for the index.
                return Task.CompletedTask;
            }

            if (!index.IsOpen)
            {
                index.Open();
            }

            if (notification.Changes.All)
            {
                index.Rebuild(notification.Current, cancellationToken: cancellationToken);
            }
            else if (notification.Changes.ContentKeys.Count > 0)
            {
                index.Refresh(notification.Current, notification.Changes.ContentKeys, notification.Previous);
            }
        }
        catch (Exception ex)
        {
            // The content change has happened; a stale index must not turn the editor's publish into an error.
            // The next start finds the index out of step only if it is corrupt; a rebuild-index run repairs any case.
            logger.LogError(ex, "Updating the search index failed for {Changes}", notification.Changes);
        }

        return Task.CompletedTask;
    }
}
