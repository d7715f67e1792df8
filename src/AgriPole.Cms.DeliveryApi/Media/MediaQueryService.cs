using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Querying;

namespace AgriPole.Cms.DeliveryApi.Media;

/// <summary>
/// Umbraco's deliberately small media query: fetch=children:{id|path} is required; filters mediaType:{alias}
/// (exact, case-sensitive) and name:{text} (substring, case-insensitive); sorts createDate, updateDate, name,
/// sortOrder, where the LAST sort parameter is the primary key (Umbraco chains OrderBy calls).
/// </summary>
public static class MediaQueryService
{
    private const string ChildrenPrefix = "children:";

    public static MediaQueryResult Execute(IPublishedSnapshot snapshot, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take)
    {
        if (fetch is null || !fetch.StartsWith(ChildrenPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return MediaQueryResult.Fail(ContentQueryStatus.SelectorOptionNotFound);
        }

        var value = fetch[ChildrenPrefix.Length..];
        IEnumerable<MediaItem> items;
        if (value.Length == 0)
        {
            items = [];
        }
        else if (value.Trim('/').Length == 0)
        {
            items = snapshot.GetMediaChildren(null);
        }
        else if (Guid.TryParse(value, out var key))
        {
            items = snapshot.GetMedia(key) is { Trashed: false } ? snapshot.GetMediaChildren(key) : [];
        }
        else
        {
            items = GetByPath(snapshot, value) is { } parent ? snapshot.GetMediaChildren(parent.Key) : [];
        }

        items = items.Where(m => !m.Trashed);
        foreach (var filter in filters)
        {
            if (string.IsNullOrWhiteSpace(filter))
            {
                continue;
            }

            var parts = filter.Split(':');
            if (parts.Length != 2)
            {
                return MediaQueryResult.Fail(ContentQueryStatus.FilterOptionNotFound);
            }

            var (field, text) = (parts[0], parts[1]);
            if (string.Equals(field, "mediaType", StringComparison.OrdinalIgnoreCase))
            {
                items = items.Where(m => string.Equals(m.MediaTypeAlias, text, StringComparison.Ordinal));
            }
            else if (string.Equals(field, "name", StringComparison.OrdinalIgnoreCase))
            {
                items = items.Where(m => m.Name.Contains(text, StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                return MediaQueryResult.Fail(ContentQueryStatus.FilterOptionNotFound);
            }
        }

        foreach (var sort in sorts)
        {
            if (string.IsNullOrWhiteSpace(sort))
            {
                continue;
            }

            var parts = sort.Split(':');
            if (parts.Length != 2)
            {
                return MediaQueryResult.Fail(ContentQueryStatus.SortOptionNotFound);
            }

            var ascending = parts[1].StartsWith("asc", StringComparison.Ordinal);
            Func<MediaItem, IComparable>? key = parts[0].ToLowerInvariant() switch
            {
                "createdate" => m => m.CreateDate,
                "updatedate" => m => m.UpdateDate,
                "name" => m => m.Name.ToLowerInvariant(),
                "sortorder" => m => m.SortOrder,
                _ => null,
            };
            if (key is null)
            {
                return MediaQueryResult.Fail(ContentQueryStatus.SortOptionNotFound);
            }

            items = ascending ? items.OrderBy(key) : items.OrderByDescending(key);
        }

        var all = items.ToList();
        return new MediaQueryResult(ContentQueryStatus.Success, all.Count, all.Skip(skip).Take(take).ToList());
    }

    /// <summary>Media by a path of names from the root ("/images/hero/"), each segment matched case-insensitively.</summary>
    public static MediaItem? GetByPath(IPublishedSnapshot snapshot, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        MediaItem? current = null;
        foreach (var segment in segments)
        {
            current = snapshot.GetMediaChildren(current?.Key)
                .FirstOrDefault(m => !m.Trashed && string.Equals(m.Name, segment, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
