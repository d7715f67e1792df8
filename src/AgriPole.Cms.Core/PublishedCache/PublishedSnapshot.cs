using System.Runtime.CompilerServices;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>
/// The immutable snapshot: built once by <see cref="PublishedSnapshotBuilder"/>, never changed afterwards, so readers
/// need no locks and a publish swaps in a whole new instance.
/// </summary>
public sealed class PublishedSnapshot : IPublishedSnapshot
{
    private static readonly IReadOnlyList<PublishedContent> NoContent = [];
    private static readonly IReadOnlyList<MediaItem> NoMedia = [];

    private readonly PublishedContent[] _treeOrder;
    private readonly Dictionary<Guid, int> _positions;
    private readonly Dictionary<Guid, IReadOnlyList<PublishedContent>> _children;
    private readonly Dictionary<string, Dictionary<string, PublishedContent>> _routes;
    private readonly Dictionary<string, IReadOnlyList<PublishedContent>> _byType;
    private readonly Dictionary<Guid, MediaItem> _media;
    private readonly MediaItem[] _mediaTreeOrder;
    private readonly Dictionary<Guid, IReadOnlyList<MediaItem>> _mediaChildren;
    private readonly IReadOnlyList<MediaItem> _mediaRoots;

    internal PublishedSnapshot(
        long version,
        bool isPreview,
        PublishedContent[] treeOrder,
        Dictionary<Guid, IReadOnlyList<PublishedContent>> children,
        IReadOnlyList<PublishedContent> roots,
        Dictionary<string, Dictionary<string, PublishedContent>> routes,
        Dictionary<string, IReadOnlyList<PublishedContent>> byType,
        MediaItem[] mediaTreeOrder,
        Dictionary<Guid, IReadOnlyList<MediaItem>> mediaChildren,
        IReadOnlyList<MediaItem> mediaRoots,
        IReadOnlyDictionary<string, DictionaryItem> dictionary)
    {
        Version = version;
        IsPreview = isPreview;
        _treeOrder = treeOrder;
        _positions = new Dictionary<Guid, int>(treeOrder.Length);
        for (var i = 0; i < treeOrder.Length; i++)
        {
            _positions[treeOrder[i].Key] = i;
        }

        _children = children;
        Roots = roots;
        _routes = routes;
        _byType = byType;
        _mediaTreeOrder = mediaTreeOrder;
        _media = mediaTreeOrder.ToDictionary(m => m.Key);
        _mediaChildren = mediaChildren;
        _mediaRoots = mediaRoots;
        Dictionary = dictionary;
    }

    public long Version { get; }

    public bool IsPreview { get; }

    public int ContentCount => _treeOrder.Length;

    public IReadOnlyList<PublishedContent> Roots { get; }

    public IEnumerable<PublishedContent> All => _treeOrder;

    /// <summary>The nodes in tree order as a list (for the builder's incremental refresh and for benchmarks).</summary>
    public IReadOnlyList<PublishedContent> TreeOrder => _treeOrder;

    public IEnumerable<MediaItem> AllMedia => _mediaTreeOrder;

    /// <summary>Every media item, for incremental rebuilds.</summary>
    public IReadOnlyList<MediaItem> MediaTreeOrder => _mediaTreeOrder;

    public IReadOnlyDictionary<string, DictionaryItem> Dictionary { get; }

    public PublishedContent? GetById(Guid key) =>
        _positions.TryGetValue(key, out var i) ? _treeOrder[i] : null;

    public PublishedContent? GetByRoute(string culture, string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!_routes.TryGetValue(culture, out var byRoute))
        {
            return null;
        }

        if (route.Length > 0 && route[0] == '/' && route[^1] == '/')
        {
            return byRoute.GetValueOrDefault(route);
        }

        return GetByUnnormalisedRoute(byRoute, route);
    }

    public IReadOnlyList<PublishedContent> GetChildren(Guid key) => _children.GetValueOrDefault(key) ?? NoContent;

    public IEnumerable<PublishedContent> GetDescendants(Guid key)
    {
        if (!_positions.TryGetValue(key, out var start))
        {
            yield break;
        }

        // Tree order keeps a subtree contiguous: it ends at the first node no deeper than the start.
        var level = _treeOrder[start].Level;
        for (var i = start + 1; i < _treeOrder.Length && _treeOrder[i].Level > level; i++)
        {
            yield return _treeOrder[i];
        }
    }

    public IEnumerable<PublishedContent> GetAncestors(Guid key)
    {
        var node = GetById(key);
        while (node?.ParentKey is { } parent && GetById(parent) is { } p)
        {
            yield return p;
            node = p;
        }
    }

    public IReadOnlyList<PublishedContent> GetByContentType(string alias) => _byType.GetValueOrDefault(alias) ?? NoContent;

    public MediaItem? GetMedia(Guid key) => _media.GetValueOrDefault(key);

    public IReadOnlyList<MediaItem> GetMediaChildren(Guid? parentKey) =>
        parentKey is { } k ? _mediaChildren.GetValueOrDefault(k) ?? NoMedia : _mediaRoots;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PublishedContent? GetByUnnormalisedRoute(Dictionary<string, PublishedContent> byRoute, string route)
    {
        var trimmed = route.AsSpan().Trim('/');
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length + 2] : new char[trimmed.Length + 2];
        buffer[0] = '/';
        var length = 1;
        if (trimmed.Length > 0)
        {
            trimmed.CopyTo(buffer[1..]);
            length += trimmed.Length;
            buffer[length++] = '/';
        }

        var lookup = byRoute.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(buffer[..length], out var node) ? node : null;
    }
}
