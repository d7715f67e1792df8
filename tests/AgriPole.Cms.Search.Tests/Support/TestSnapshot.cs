using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Tests.Support;

/// <summary>An in-memory published snapshot over a list of nodes (parents listed before children).</summary>
public sealed class TestSnapshot(IReadOnlyList<PublishedContent> nodes, long version = 1, bool isPreview = false) : IPublishedSnapshot
{
    public long Version => version;

    public bool IsPreview => isPreview;

    public int ContentCount => nodes.Count;

    public IReadOnlyList<PublishedContent> Roots => [.. nodes.Where(n => n.ParentKey is null)];

    public IEnumerable<PublishedContent> All => nodes;

    public IEnumerable<MediaItem> AllMedia => [];

    public IReadOnlyDictionary<string, DictionaryItem> Dictionary { get; } = new Dictionary<string, DictionaryItem>();

    public PublishedContent? GetById(Guid key) => nodes.FirstOrDefault(n => n.Key == key);

    public PublishedContent? GetByRoute(string culture, string route) =>
        nodes.FirstOrDefault(n => n.Cultures.TryGetValue(culture, out var c) && string.Equals(c.Route, route, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<PublishedContent> GetChildren(Guid key) => [.. nodes.Where(n => n.ParentKey == key)];

    public IEnumerable<PublishedContent> GetDescendants(Guid key) => nodes.Where(n => n.Key != key && n.PathKeys.Contains(key));

    public IEnumerable<PublishedContent> GetAncestors(Guid key) =>
        GetById(key) is { } node ? node.PathKeys.Reverse().Skip(1).Select(k => GetById(k)!).Where(n => n is not null) : [];

    public IReadOnlyList<PublishedContent> GetByContentType(string alias) => [.. nodes.Where(n => n.ContentType.Alias == alias)];

    public MediaItem? GetMedia(Guid key) => null;

    public IReadOnlyList<MediaItem> GetMediaChildren(Guid? parentKey) => [];

    /// <summary>A later snapshot: nodes with the same key replaced in place, new ones appended.</summary>
    public TestSnapshot With(params PublishedContent[] more) =>
        new([.. nodes.Select(n => more.FirstOrDefault(m => m.Key == n.Key) ?? n), .. more.Where(m => nodes.All(n => n.Key != m.Key))], version + 1);

    public TestSnapshot Without(Guid key) => new([.. nodes.Where(n => n.Key != key && !n.PathKeys.Contains(key))], version + 1);
}
