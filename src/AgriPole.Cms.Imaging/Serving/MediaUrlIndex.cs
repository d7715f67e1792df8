using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Imaging.Serving;

/// <summary>
/// Media URL → item, for the current published snapshot (non-trashed items only). Rebuilt when the snapshot is
/// swapped, so a trashed or replaced file stops being served on the next request. Only URLs of items are served:
/// a request path never becomes a file path.
/// </summary>
public sealed class MediaUrlIndex(IPublishedSnapshotAccessor snapshots)
{
    private volatile Entry? _entry;

    public MediaItem? Find(string url)
    {
        var snapshot = snapshots.Current;
        var entry = _entry;
        if (entry is null || !ReferenceEquals(entry.Snapshot, snapshot))
        {
            var map = new Dictionary<string, MediaItem>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in snapshot.AllMedia)
            {
                if (!item.Trashed && item.Url is { Length: > 0 } u && item.StoragePath is { Length: > 0 })
                {
                    map.TryAdd(u, item);
                }
            }

            entry = new Entry(snapshot, map);
            _entry = entry;
        }

        return entry.Items.GetValueOrDefault(url);
    }

    private sealed record Entry(IPublishedSnapshot Snapshot, Dictionary<string, MediaItem> Items);
}
