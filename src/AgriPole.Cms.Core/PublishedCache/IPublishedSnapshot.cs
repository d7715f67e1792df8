using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>
/// An immutable view of everything published (or, for preview, everything drafted) at one instant.
/// Readers take <see cref="IPublishedSnapshotAccessor.Current"/> once per request and use only that object,
/// so a publish never shows half-done.
/// </summary>
public interface IPublishedSnapshot
{
    /// <summary>Increases with every swap; caches key on it.</summary>
    long Version { get; }

    bool IsPreview { get; }

    int ContentCount { get; }

    /// <summary>Root nodes in sort order.</summary>
    IReadOnlyList<PublishedContent> Roots { get; }

    /// <summary>All nodes, in tree order (parents before children, siblings by sort order).</summary>
    IEnumerable<PublishedContent> All { get; }

    PublishedContent? GetById(Guid key);

    /// <summary>Finds a node by its route within a culture (see <see cref="PublishedCulture.Route"/>); case-insensitive, slashes optional.</summary>
    PublishedContent? GetByRoute(string culture, string route);

    /// <summary>Children in sort order (every culture; callers filter with <see cref="PublishedContent.IsPublishedIn"/>).</summary>
    IReadOnlyList<PublishedContent> GetChildren(Guid key);

    /// <summary>Descendants in tree order, excluding the node itself.</summary>
    IEnumerable<PublishedContent> GetDescendants(Guid key);

    /// <summary>Ancestors, nearest first, excluding the node itself.</summary>
    IEnumerable<PublishedContent> GetAncestors(Guid key);

    IReadOnlyList<PublishedContent> GetByContentType(string alias);

    MediaItem? GetMedia(Guid key);

    /// <summary>Non-trashed media, in tree order.</summary>
    IEnumerable<MediaItem> AllMedia { get; }

    IReadOnlyList<MediaItem> GetMediaChildren(Guid? parentKey);

    /// <summary>UI strings: item key → text per culture.</summary>
    IReadOnlyDictionary<string, DictionaryItem> Dictionary { get; }
}

public interface IPublishedSnapshotAccessor
{
    /// <summary>The current snapshot; swapped atomically on publish.</summary>
    IPublishedSnapshot Current { get; }
}

/// <summary>Owns the published snapshot of this node: built at start from the database, refreshed on change.</summary>
public interface IPublishedSnapshotService : IPublishedSnapshotAccessor
{
    /// <summary>Rebuilds the whole snapshot from the database and swaps it in.</summary>
    Task RebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>Reloads the given nodes (and their descendants, whose routes may change) and swaps in a new snapshot.</summary>
    Task RefreshAsync(ContentChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>A snapshot of drafts (every non-trashed node, draft values and names) for preview. Never cached for others.</summary>
    Task<IPublishedSnapshot> CreatePreviewSnapshotAsync(CancellationToken cancellationToken = default);
}

/// <summary>What changed, for cache refreshers and the cache instructions other nodes replay.</summary>
public sealed record ContentChangeSet(
    IReadOnlyCollection<Guid> ContentKeys,
    IReadOnlyCollection<Guid> MediaKeys,
    bool Dictionary = false,
    bool All = false)
{
    public static readonly ContentChangeSet Everything = new([], [], true, true);

    /// <summary>Nothing published changed (a draft save): no cache instruction, no snapshot refresh.</summary>
    public static readonly ContentChangeSet None = new([], []);

    public bool IsEmpty => !All && !Dictionary && ContentKeys.Count == 0 && MediaKeys.Count == 0;

    public static ContentChangeSet ForContent(params Guid[] keys) => new(keys, []);

    public static ContentChangeSet ForMedia(params Guid[] keys) => new([], keys);
}
