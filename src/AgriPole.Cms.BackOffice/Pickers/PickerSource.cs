using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Pickers;

/// <summary>
/// What the picker dialogs ask for, a page at a time: search by name, one level of the tree, and the name and path of
/// given keys (the values an editor page shows). Pages come from the engine's tables (drafts are pickable too) reading
/// names only; media from the published snapshot (media has no drafts; the snapshot is rebuilt from the database). So
/// the editor page no longer lists the site: it costs the same on a 10,000-page site as on the seed.
/// </summary>
public sealed class PickerSource(CmsDbContextFactory factory, ICmsDefinitions definitions, IPublishedSnapshotAccessor snapshots, IImageUrlGenerator imageUrls)
{
    public const int DefaultTake = 50;
    public const int MaxTake = 200;
    private const string Folder = "Folder";
    private const string Separator = " › ";

    public static int ClampTake(int? take) => Math.Clamp(take ?? DefaultTake, 1, MaxTake);

    public Task<PickerPage> SearchAsync(PickerKind kind, string query, string uiCulture, int skip, int take, CancellationToken cancellationToken) =>
        kind == PickerKind.Content ? SearchContentAsync(query, uiCulture, skip, take, cancellationToken) : Task.FromResult(SearchMedia(kind, query, skip, take));

    public Task<PickerPage> ChildrenAsync(PickerKind kind, Guid? parent, string uiCulture, int skip, int take, CancellationToken cancellationToken) =>
        kind == PickerKind.Content ? ContentChildrenAsync(parent, uiCulture, skip, take, cancellationToken) : Task.FromResult(MediaChildren(kind, parent, skip, take));

    /// <summary>Name and path of each key that is a live page; keys of anything else are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, PickerItem>> DescribeContentAsync(IReadOnlyCollection<Guid> keys, string uiCulture, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<Guid, PickerItem>();
        }

        await using var db = factory.Create();
        return await DescribeContentAsync(db, keys, uiCulture, cancellationToken);
    }

    /// <summary>Name, path and thumbnail of each key that is a live media item.</summary>
    public IReadOnlyDictionary<Guid, PickerItem> DescribeMedia(IEnumerable<Guid> keys, PickerKind kind = PickerKind.Media)
    {
        var snapshot = snapshots.Current;
        var result = new Dictionary<Guid, PickerItem>();
        foreach (var key in keys)
        {
            if (!result.ContainsKey(key) && snapshot.GetMedia(key) is { Trashed: false } media)
            {
                result[key] = ToItem(snapshot, media, kind);
            }
        }

        return result;
    }

    private async Task<PickerPage> SearchContentAsync(string query, string uiCulture, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        if (Guid.TryParse(query.Trim(), out var exact))
        {
            var found = await DescribeContentAsync(db, [exact], uiCulture, cancellationToken);
            return new PickerPage(found.Values.ToList(), found.Count, 0, take, []);
        }

        var folded = SearchText.Fold(query);
        if (folded.Length == 0)
        {
            return await ContentChildrenAsync(db, null, uiCulture, skip, take, cancellationToken);
        }

        // The database narrows by a LIKE that accents cannot defeat; the fold decides. Names only, never values.
        var pattern = SearchText.LikePattern(folded);
        var candidates = await db.ContentCultures.AsNoTracking()
            .Where(c => EF.Functions.Like(c.Name.ToLower(), pattern, "\\"))
            .Join(db.ContentNodes.Where(n => !n.Trashed), c => c.NodeKey, n => n.Key, (c, n) => new { n.Key, n.Level, c.Name })
            .ToListAsync(cancellationToken);
        var matches = candidates
            .Select(c => (c.Key, c.Level, c.Name, Folded: SearchText.Fold(c.Name)))
            .Where(c => c.Folded.Contains(folded, StringComparison.Ordinal))
            .GroupBy(c => c.Key)
            .Select(g => g.OrderBy(c => c.Folded.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1).First())
            .OrderBy(c => c.Folded.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Level)
            .ThenBy(c => c.Folded, StringComparer.Ordinal)
            .ToList();
        var keys = matches.Skip(skip).Take(take).Select(m => m.Key).ToList();
        var described = await DescribeContentAsync(db, keys, uiCulture, cancellationToken);
        return new PickerPage(keys.Where(described.ContainsKey).Select(k => described[k]).ToList(), matches.Count, skip, take, []);
    }

    private async Task<PickerPage> ContentChildrenAsync(Guid? parent, string uiCulture, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        return await ContentChildrenAsync(db, parent, uiCulture, skip, take, cancellationToken);
    }

    private async Task<PickerPage> ContentChildrenAsync(CmsDbContext db, Guid? parent, string uiCulture, int skip, int take, CancellationToken cancellationToken)
    {
        var level = db.ContentNodes.AsNoTracking().Where(n => n.ParentKey == parent && !n.Trashed);
        var total = await level.CountAsync(cancellationToken);
        var keys = await level.OrderBy(n => n.SortOrder).Skip(skip).Take(take).Select(n => n.Key).ToListAsync(cancellationToken);
        var trailKeys = new List<Guid>();
        if (parent is { } p)
        {
            var path = await db.ContentNodes.AsNoTracking().Where(n => n.Key == p).Select(n => n.Path).FirstOrDefaultAsync(cancellationToken);
            trailKeys = PathKeys(path ?? string.Empty);
        }

        var described = await DescribeContentAsync(db, [.. keys, .. trailKeys], uiCulture, cancellationToken);
        return new PickerPage(
            keys.Where(described.ContainsKey).Select(k => described[k]).ToList(),
            total,
            skip,
            take,
            trailKeys.Where(described.ContainsKey).Select(k => described[k]).ToList());
    }

    private async Task<Dictionary<Guid, PickerItem>> DescribeContentAsync(CmsDbContext db, IReadOnlyCollection<Guid> keys, string uiCulture, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct().ToList();
        var nodes = await db.ContentNodes.AsNoTracking()
            .Where(n => wanted.Contains(n.Key) && !n.Trashed)
            .Select(n => new { n.Key, n.Path, n.ContentTypeAlias })
            .ToListAsync(cancellationToken);
        var paths = nodes.ToDictionary(n => n.Key, n => PathKeys(n.Path));
        var named = paths.Values.SelectMany(p => p).Distinct().ToList();
        var names = (await db.ContentCultures.AsNoTracking()
                .Where(c => named.Contains(c.NodeKey))
                .Select(c => new { c.NodeKey, c.Culture, c.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.NodeKey, c => (c.Culture, c.Name));
        var nodeKeys = nodes.Select(n => n.Key).ToList();
        var parents = (await db.ContentNodes.AsNoTracking()
                .Where(n => n.ParentKey != null && nodeKeys.Contains(n.ParentKey.Value) && !n.Trashed)
                .Select(n => n.ParentKey!.Value)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var result = new Dictionary<Guid, PickerItem>(nodes.Count);
        foreach (var node in nodes)
        {
            var type = definitions.GetContentType(node.ContentTypeAlias);
            var path = string.Join(Separator, paths[node.Key].Select(k => NameIn(names[k], k, uiCulture)));
            result[node.Key] = new PickerItem(node.Key, NameIn(names[node.Key], node.Key, uiCulture), path, parents.Contains(node.Key), null, type?.Name.Get(uiCulture) ?? node.ContentTypeAlias);
        }

        return result;
    }

    private PickerPage SearchMedia(PickerKind kind, string query, int skip, int take)
    {
        var snapshot = snapshots.Current;
        if (Guid.TryParse(query.Trim(), out var exact))
        {
            var found = DescribeMedia([exact], kind).Values.Where(i => i.Pickable).ToList();
            return new PickerPage(found, found.Count, 0, take, []);
        }

        var folded = SearchText.Fold(query);
        if (folded.Length == 0)
        {
            return MediaChildren(kind, null, skip, take);
        }

        var matches = snapshot.AllMedia
            .Where(m => !m.Trashed && Pickable(kind, m))
            .Select(m => (Media: m, Folded: SearchText.Fold(m.Name)))
            .Where(m => m.Folded.Contains(folded, StringComparison.Ordinal))
            .OrderBy(m => m.Folded.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(m => m.Folded, StringComparer.Ordinal)
            .ToList();
        return new PickerPage(matches.Skip(skip).Take(take).Select(m => ToItem(snapshot, m.Media, kind)).ToList(), matches.Count, skip, take, []);
    }

    private PickerPage MediaChildren(PickerKind kind, Guid? parent, int skip, int take)
    {
        var snapshot = snapshots.Current;
        var level = snapshot.GetMediaChildren(parent)
            .Where(m => !m.Trashed && (kind == PickerKind.Media || m.MediaTypeAlias == Folder))
            .ToList();
        var trail = new List<PickerItem>();
        if (parent is { } p && snapshot.GetMedia(p) is { } folder)
        {
            trail = PathKeys(folder.Path).Select(snapshot.GetMedia).OfType<MediaItem>().Select(m => ToItem(snapshot, m, kind)).ToList();
        }

        return new PickerPage(level.Skip(skip).Take(take).Select(m => ToItem(snapshot, m, kind)).ToList(), level.Count, skip, take, trail);
    }

    private PickerItem ToItem(IPublishedSnapshot snapshot, MediaItem media, PickerKind kind)
    {
        var isFolder = media.MediaTypeAlias == Folder;
        var path = string.Join(Separator, PathKeys(media.Path).Select(k => snapshot.GetMedia(k)?.Name ?? string.Empty).Where(n => n.Length > 0));
        // A small fixed-size rendition, cached by the imaging pipeline; folders and files have none.
        var thumbnail = isFolder ? null : imageUrls.GetUrl(media, new ImageUrlOptions { Width = 160, Height = 120, Mode = "max" });
        return new PickerItem(
            media.Key,
            media.Name,
            path.Length > 0 ? path : media.Name,
            isFolder && snapshot.GetMediaChildren(media.Key).Any(c => !c.Trashed && (kind == PickerKind.Media || c.MediaTypeAlias == Folder)),
            media.MediaTypeAlias == "Image" ? thumbnail : null,
            media.MediaTypeAlias,
            Pickable(kind, media));
    }

    private static bool Pickable(PickerKind kind, MediaItem media) =>
        kind == PickerKind.Folder ? media.MediaTypeAlias == Folder : media.MediaTypeAlias != Folder;

    /// <summary>The keys of a stored path ("key,key,key", root first, the node last).</summary>
    private static List<Guid> PathKeys(string path)
    {
        var keys = new List<Guid>();
        foreach (var part in path.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Guid.TryParse(part, out var key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private string NameIn(IEnumerable<(string Culture, string Name)> cultures, Guid key, string uiCulture)
    {
        var list = cultures.ToList();
        return list.Find(c => string.Equals(c.Culture, uiCulture, StringComparison.OrdinalIgnoreCase)) is { Name.Length: > 0 } ui ? ui.Name
            : list.Find(c => string.Equals(c.Culture, definitions.DefaultLanguage.IsoCode, StringComparison.OrdinalIgnoreCase)) is { Name.Length: > 0 } d ? d.Name
            : list.FirstOrDefault().Name is { Length: > 0 } any ? any : key.ToString();
    }
}
