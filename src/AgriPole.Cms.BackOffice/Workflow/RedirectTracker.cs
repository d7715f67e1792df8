using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Workflow;

/// <summary>
/// When a published page's URL changes (rename, move, parent renamed), records a 301 from the old URL, per culture,
/// for the node and its descendants — Umbraco's redirect URL tracking. Runs on every snapshot swap; the unique index
/// on the old URL makes it idempotent across nodes.
/// </summary>
public sealed class RedirectTracker(BackOfficeDbContext db, IPublishedUrlProvider urls, RedirectCache cache, CmsWriteGate writeGate, TimeProvider clock)
    : INotificationHandler<PublishedSnapshotChangedNotification>
{
    public async Task HandleAsync(PublishedSnapshotChangedNotification notification, CancellationToken cancellationToken)
    {
        var (previous, current, changes) = (notification.Previous, notification.Current, notification.Changes);
        if (changes.All || changes.ContentKeys.Count == 0 || previous.ContentCount == 0)
        {
            return;
        }

        var seen = new HashSet<Guid>();
        var added = new List<RedirectUrl>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var key in changes.ContentKeys)
        {
            if (previous.GetById(key) is not { } root)
            {
                continue;
            }

            // A node whose own routes did not change (a re-publish, an edit of its text) keeps its descendants' URLs too:
            // they are built from its route. Only a changed node's subtree is walked (the home page has 10,000 below).
            // A node gone from the snapshot (unpublished, trashed) takes its subtree with it: no new URL to point to.
            var rootNow = current.GetById(key);
            if (rootNow is null || PublishedContent.SamePlaceAndRoutes(root, rootNow))
            {
                continue;
            }

            foreach (var node in previous.GetDescendants(key).Prepend(root))
            {
                if (!seen.Add(node.Key) || current.GetById(node.Key) is not { } now2)
                {
                    continue;
                }

                foreach (var culture in node.Cultures.Keys)
                {
                    var oldUrl = urls.GetUrl(previous, node, culture);
                    var newUrl = now2.IsPublishedIn(culture) ? urls.GetUrl(current, now2, culture) : null;
                    if (oldUrl is null || newUrl is null || string.Equals(oldUrl, newUrl, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    added.Add(new RedirectUrl { OldUrl = RedirectCache.Normalise(oldUrl), ContentKey = node.Key, Culture = culture, CreateDate = now });
                }
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        var oldUrls = added.Select(a => a.OldUrl).ToList();
        var existing = await db.RedirectUrls.Where(r => oldUrls.Contains(r.OldUrl)).ToListAsync(cancellationToken);
        foreach (var redirect in added.DistinctBy(a => a.OldUrl))
        {
            if (existing.FirstOrDefault(e => e.OldUrl == redirect.OldUrl) is { } row)
            {
                row.ContentKey = redirect.ContentKey;
                row.Culture = redirect.Culture;
                row.CreateDate = now;
            }
            else
            {
                db.RedirectUrls.Add(redirect);
            }
        }

        try
        {
            using var queued = await writeGate.EnterAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node recorded the same redirect first: nothing to do.
        }

        cache.Invalidate();
    }
}
