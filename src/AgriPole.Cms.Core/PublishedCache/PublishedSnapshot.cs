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
    private readonly Dictionary<string, Dictionary<string, int>> _routes;
    private readonly Dictionary<string, IReadOnlyList<PublishedContent>> _byType;
    private readonly PublishedMediaTree _media;

    /// <remarks>
    /// Routes map to positions in the tree order, not to nodes: replacing a node that keeps its place and routes (a
    /// save or re-publish) then shares <paramref name="positions"/> and <paramref name="routes"/> with the previous
    /// snapshot, and only the tree-order array, the parent's children and the type's list are copied. Nothing passed
    /// in is changed afterwards, by this snapshot or a later one, so sharing is safe for readers.
    /// </remarks>
    internal PublishedSnapshot(
        long version,
        bool isPreview,
        PublishedContent[] treeOrder,
        Dictionary<Guid, int> positions,
        Dictionary<Guid, IReadOnlyList<PublishedContent>> children,
        IReadOnlyList<PublishedContent> roots,
        Dictionary<string, Dictionary<string, int>> routes,
        Dictionary<string, IReadOnlyList<PublishedContent>> byType,
        PublishedMediaTree media,
        IReadOnlyDictionary<string, DictionaryItem> dictionary)
    {
        Version = version;
        IsPreview = isPreview;
        _treeOrder = treeOrder;
        _positions = positions;
        _children = children;
        Roots = roots;
        _routes = routes;
        _byType = byType;
        _media = media;
        Dictionary = dictionary;
    }

    internal PublishedContent[] TreeOrderArray => _treeOrder;

    internal Dictionary<Guid, int> Positions => _positions;

    internal Dictionary<Guid, IReadOnlyList<PublishedContent>> ChildLists => _children;

    internal Dictionary<string, Dictionary<string, int>> RouteMaps => _routes;

    internal Dictionary<string, IReadOnlyList<PublishedContent>> TypeLists => _byType;

    internal PublishedMediaTree Media => _media;

    public long Version { get; }

    public bool IsPreview { get; }

    public int ContentCount => _treeOrder.Length;

    public IReadOnlyList<PublishedContent> Roots { get; }

    public IEnumerable<PublishedContent> All => _treeOrder;

    /// <summary>The nodes in tree order as a list (for the builder's incremental refresh and for benchmarks).</summary>
    public IReadOnlyList<PublishedContent> TreeOrder => _treeOrder;

    public IEnumerable<MediaItem> AllMedia => _media.TreeOrder;

    /// <summary>Every media item, for incremental rebuilds.</summary>
    public IReadOnlyList<MediaItem> MediaTreeOrder => _media.TreeOrder;

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
            return byRoute.TryGetValue(route, out var position) ? _treeOrder[position] : null;
        }

        return GetByUnnormalisedRoute(byRoute, route) is var found and >= 0 ? _treeOrder[found] : null;
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

    public MediaItem? GetMedia(Guid key) => _media.ByKey.GetValueOrDefault(key);

    public IReadOnlyList<MediaItem> GetMediaChildren(Guid? parentKey) =>
        parentKey is { } k ? _media.Children.GetValueOrDefault(k) ?? NoMedia : _media.Roots;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int GetByUnnormalisedRoute(Dictionary<string, int> byRoute, string route)
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
        return lookup.TryGetValue(buffer[..length], out var position) ? position : -1;
    }
}
