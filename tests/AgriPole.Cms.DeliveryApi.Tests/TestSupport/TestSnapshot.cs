using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Tests.TestSupport;

/// <summary>An in-memory published snapshot over nodes built in tests (the real one lives in Persistence).</summary>
public sealed class TestSnapshot(IReadOnlyList<PublishedContent> content, IReadOnlyList<MediaItem> media, bool isPreview = false, long version = 1) : IPublishedSnapshot
{
    public long Version { get; } = version;

    public bool IsPreview { get; } = isPreview;

    public int ContentCount => content.Count;

    public IReadOnlyList<PublishedContent> Roots => content.Where(c => c.ParentKey is null).OrderBy(c => c.SortOrder).ToList();

    public IEnumerable<PublishedContent> All => Roots.SelectMany(r => new[] { r }.Concat(GetDescendants(r.Key)));

    public IEnumerable<MediaItem> AllMedia => media.Where(m => !m.Trashed);

    public IReadOnlyDictionary<string, DictionaryItem> Dictionary { get; init; } = new Dictionary<string, DictionaryItem>();

    public PublishedContent? GetById(Guid key) => content.FirstOrDefault(c => c.Key == key);

    public PublishedContent? GetByRoute(string culture, string route) =>
        content.FirstOrDefault(c => c.Cultures.TryGetValue(culture, out var v) && string.Equals(v.Route, route, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<PublishedContent> GetChildren(Guid key) => content.Where(c => c.ParentKey == key).OrderBy(c => c.SortOrder).ToList();

    public IEnumerable<PublishedContent> GetDescendants(Guid key) => GetChildren(key).SelectMany(c => new[] { c }.Concat(GetDescendants(c.Key)));

    public IEnumerable<PublishedContent> GetAncestors(Guid key)
    {
        var node = GetById(key);
        while (node?.ParentKey is { } parent && GetById(parent) is { } p)
        {
            yield return p;
            node = p;
        }
    }

    public IReadOnlyList<PublishedContent> GetByContentType(string alias) => All.Where(c => c.ContentType.Alias == alias).ToList();

    public MediaItem? GetMedia(Guid key) => media.FirstOrDefault(m => m.Key == key);

    public IReadOnlyList<MediaItem> GetMediaChildren(Guid? parentKey) => media.Where(m => m.ParentKey == parentKey && !m.Trashed).OrderBy(m => m.SortOrder).ToList();
}
