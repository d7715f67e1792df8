using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>
/// Turns content items (as stored) into an immutable <see cref="PublishedSnapshot"/>: routes per culture, tree order,
/// indexes. A refresh reuses every unchanged <see cref="PublishedContent"/> of the previous snapshot and only converts
/// the changed nodes and their descendants (whose routes depend on them), then re-indexes, which is cheap.
/// </summary>
public static class PublishedSnapshotBuilder
{
    private static readonly Dictionary<string, JsonElement> EmptyValues = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a snapshot from every node. <paramref name="preview"/> uses drafts of every non-trashed node.</summary>
    public static PublishedSnapshot Build(
        ICmsDefinitions definitions,
        IEnumerable<ContentItem> items,
        IEnumerable<MediaItem> media,
        IReadOnlyDictionary<string, DictionaryItem> dictionary,
        long version,
        bool preview = false)
    {
        var map = new Dictionary<Guid, PublishedContent>();
        AddConverted(definitions, map, items, preview);
        return Assemble(map.Values, version, preview, PublishedMediaTree.Build(media), dictionary);
    }

    /// <summary>
    /// A new snapshot from <paramref name="previous"/> where the nodes <paramref name="changedKeys"/> and their previous
    /// descendants are replaced by <paramref name="reloaded"/> (the changed nodes and their current descendants as stored;
    /// a changed key missing from it was deleted). <paramref name="nodeOnlyKeys"/> are replaced alone, their descendants
    /// kept (their routes did not change). Media and dictionary are replaced when given.
    /// </summary>
    public static PublishedSnapshot Refresh(
        ICmsDefinitions definitions,
        PublishedSnapshot previous,
        IReadOnlyCollection<Guid> changedKeys,
        IReadOnlyCollection<Guid> nodeOnlyKeys,
        IEnumerable<ContentItem> reloaded,
        IEnumerable<MediaItem>? media,
        IReadOnlyDictionary<string, DictionaryItem>? dictionary,
        long version)
    {
        var removed = changedKeys as HashSet<Guid> ?? [.. changedKeys];
        var replaced = nodeOnlyKeys as HashSet<Guid> ?? [.. nodeOnlyKeys];
        var mediaTree = media is null ? previous.Media : PublishedMediaTree.Build(media);
        dictionary ??= previous.Dictionary;
        if (removed.Count == 0)
        {
            var reloadedList = reloaded as IReadOnlyList<ContentItem> ?? [.. reloaded];
            if (TryReplaceInPlace(definitions, previous, replaced, reloadedList, version, mediaTree, dictionary) is { } incremental)
            {
                return incremental;
            }

            reloaded = reloadedList;
        }

        var map = new Dictionary<Guid, PublishedContent>(previous.ContentCount + 16);
        foreach (var node in previous.TreeOrder)
        {
            if (!replaced.Contains(node.Key) && (removed.Count == 0 || !IsUnder(node, removed)))
            {
                map[node.Key] = node;
            }
        }

        AddConverted(definitions, map, reloaded, previous.IsPreview);
        return Assemble(map.Values, version, previous.IsPreview, mediaTree, dictionary);
    }

    /// <summary>
    /// True when <paramref name="item"/> (as stored now) keeps the routes <paramref name="previous"/> gave its
    /// descendants: same parent, not trashed, published in the same cultures with the same URL segments. Such a node
    /// is refreshed alone ("node only"), its descendants kept.
    /// </summary>
    public static bool KeepsRoutes(PublishedContent? previous, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (previous is null || item.Trashed || previous.ParentKey != item.ParentKey)
        {
            return false;
        }

        var published = 0;
        foreach (var variation in item.Cultures.Values)
        {
            if (!variation.IsPublished)
            {
                continue;
            }

            published++;
            if (!previous.Cultures.TryGetValue(variation.Culture, out var before)
                || !string.Equals(before.UrlSegment, variation.PublishedUrlSegment ?? variation.UrlSegment, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return published == previous.Cultures.Count;
    }

    /// <summary>
    /// The copy-on-write refresh: when every reloaded node is a "node only" replacement that keeps its parent, sort
    /// position, type and routes, the new snapshot shares the positions, the route maps, the other child lists, the
    /// other types' lists and the media with <paramref name="previous"/>, and copies only the tree-order array, the
    /// children of each affected parent and the affected types' lists. A publish on a 10,000-node snapshot then costs
    /// an array copy instead of re-sorting and re-indexing everything. Null when the change does not fit (the caller
    /// re-assembles): the result must equal a full <see cref="Build"/> of the same items.
    /// </summary>
    private static PublishedSnapshot? TryReplaceInPlace(
        ICmsDefinitions definitions,
        PublishedSnapshot previous,
        HashSet<Guid> replaced,
        IReadOnlyList<ContentItem> reloaded,
        long version,
        PublishedMediaTree media,
        IReadOnlyDictionary<string, DictionaryItem> dictionary)
    {
        if (reloaded.Count == 0 || reloaded.Count > 64)
        {
            return reloaded.Count == 0 && replaced.Count == 0 ? Reuse(previous, version, media, dictionary) : null;
        }

        // Parents before children when a parent and its child are both replaced (their routes come from the parent).
        var converted = new Dictionary<Guid, PublishedContent>(reloaded.Count);
        var pending = new List<ContentItem>(reloaded);
        while (pending.Count > 0)
        {
            var progressed = false;
            for (var i = 0; i < pending.Count; i++)
            {
                var item = pending[i];
                if (!replaced.Contains(item.Key) || previous.GetById(item.Key) is not { } before)
                {
                    return null;
                }

                if (item.ParentKey is { } pk && replaced.Contains(pk) && !converted.ContainsKey(pk) && pending.Exists(p => p.Key == pk))
                {
                    continue;
                }

                PublishedContent? parent = null;
                if (item.ParentKey is { } parentKey && !converted.TryGetValue(parentKey, out parent) && (parent = previous.GetById(parentKey)) is null)
                {
                    return null;
                }

                var type = definitions.GetContentType(item.ContentTypeAlias);
                if (type is null || type.IsElement || item.Trashed || Convert(item, parent, type, previous.IsPreview) is not { } after || !SameSlot(before, after))
                {
                    return null;
                }

                converted[item.Key] = after;
                pending.RemoveAt(i--);
                progressed = true;
            }

            if (!progressed)
            {
                return null;
            }
        }

        if (converted.Count != replaced.Count)
        {
            return null; // a node-only key was not reloaded: it was deleted, which the full path handles.
        }

        var treeOrder = (PublishedContent[])previous.TreeOrderArray.Clone();
        var children = new Dictionary<Guid, IReadOnlyList<PublishedContent>>(previous.ChildLists);
        var byType = new Dictionary<string, IReadOnlyList<PublishedContent>>(previous.TypeLists, StringComparer.OrdinalIgnoreCase);
        var roots = previous.Roots;
        foreach (var (key, after) in converted)
        {
            var position = previous.Positions[key];
            var before = treeOrder[position];
            treeOrder[position] = after;
            if (after.ParentKey is { } pk)
            {
                children[pk] = ReplaceIn(children[pk], before, after);
            }
            else
            {
                roots = ReplaceIn(roots, before, after);
            }

            byType[after.ContentType.Alias] = ReplaceIn(byType[after.ContentType.Alias], before, after);
        }

        return new PublishedSnapshot(version, previous.IsPreview, treeOrder, previous.Positions, children, roots, previous.RouteMaps, byType, media, dictionary);
    }

    private static PublishedSnapshot Reuse(PublishedSnapshot previous, long version, PublishedMediaTree media, IReadOnlyDictionary<string, DictionaryItem> dictionary) =>
        new(version, previous.IsPreview, previous.TreeOrderArray, previous.Positions, previous.ChildLists, previous.Roots, previous.RouteMaps, previous.TypeLists, media, dictionary);

    /// <summary>Same place in the tree and among its siblings, same type, same routes: nothing indexed by them moves.</summary>
    private static bool SameSlot(PublishedContent before, PublishedContent after)
    {
        if (before.ParentKey != after.ParentKey
            || before.SortOrder != after.SortOrder
            || before.CreateDate != after.CreateDate
            || !ReferenceEquals(before.ContentType, after.ContentType)
            || before.Cultures.Count != after.Cultures.Count)
        {
            return false;
        }

        foreach (var (code, culture) in after.Cultures)
        {
            if (!before.Cultures.TryGetValue(code, out var was)
                || !string.Equals(was.Culture, culture.Culture, StringComparison.Ordinal)
                || !string.Equals(was.Route, culture.Route, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static PublishedContent[] ReplaceIn(IReadOnlyList<PublishedContent> list, PublishedContent before, PublishedContent after)
    {
        var copy = new PublishedContent[list.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var node = list[i];
            copy[i] = ReferenceEquals(node, before) ? after : node;
        }

        return copy;
    }

    private static bool IsUnder(PublishedContent node, HashSet<Guid> keys)
    {
        var path = node.PathKeys;
        for (var i = 0; i < path.Count; i++)
        {
            if (keys.Contains(path[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddConverted(ICmsDefinitions definitions, Dictionary<Guid, PublishedContent> map, IEnumerable<ContentItem> items, bool preview)
    {
        // Parents first, whatever order the store returned: a child's route and path come from its parent.
        var pending = items.Where(i => !i.Trashed).ToList();
        var byParent = new Dictionary<Guid, List<ContentItem>>();
        var queue = new Queue<ContentItem>();
        var keys = new HashSet<Guid>(pending.Select(p => p.Key));
        foreach (var item in pending)
        {
            if (item.ParentKey is { } pk && keys.Contains(pk))
            {
                if (!byParent.TryGetValue(pk, out var list))
                {
                    byParent[pk] = list = [];
                }

                list.Add(item);
            }
            else
            {
                queue.Enqueue(item);
            }
        }

        while (queue.TryDequeue(out var item))
        {
            PublishedContent? parent = null;
            if (item.ParentKey is { } pk && !map.TryGetValue(pk, out parent))
            {
                continue; // parent not published (or not here): the whole branch is invisible.
            }

            var type = definitions.GetContentType(item.ContentTypeAlias);
            if (type is null || type.IsElement)
            {
                continue;
            }

            var converted = Convert(item, parent, type, preview);
            if (converted is null)
            {
                continue;
            }

            map[item.Key] = converted;
            if (byParent.TryGetValue(item.Key, out var children))
            {
                foreach (var c in children)
                {
                    queue.Enqueue(c);
                }
            }
        }
    }

    private static PublishedContent? Convert(ContentItem item, PublishedContent? parent, ContentType type, bool preview)
    {
        Dictionary<string, PublishedCulture>? cultures = null;
        DateTime? lastPublished = null;
        foreach (var variation in item.Cultures.Values)
        {
            string? name;
            string segment;
            IReadOnlyDictionary<string, JsonElement> values;
            if (preview)
            {
                name = variation.Name;
                segment = variation.UrlSegment;
                values = variation.Values;
            }
            else
            {
                if (!variation.IsPublished)
                {
                    continue;
                }

                name = variation.PublishedName ?? variation.Name;
                segment = variation.PublishedUrlSegment ?? variation.UrlSegment;
                values = (IReadOnlyDictionary<string, JsonElement>?)variation.PublishedValues ?? EmptyValues;
            }

            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (!preview && variation.PublishDate is { } published && (lastPublished is null || published > lastPublished))
            {
                lastPublished = published;
            }

            cultures ??= new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase);
            cultures[variation.Culture] = new PublishedCulture
            {
                Culture = variation.Culture,
                Name = name,
                UrlSegment = segment,
                Route = ComputeRoute(parent, variation.Culture, segment),
                PublishDate = variation.PublishDate ?? variation.UpdateDate,
                Values = values,
            };
        }

        if (cultures is null)
        {
            return null;
        }

        var pathKeys = new Guid[(parent?.PathKeys.Count ?? 0) + 1];
        if (parent is not null)
        {
            for (var i = 0; i < parent.PathKeys.Count; i++)
            {
                pathKeys[i] = parent.PathKeys[i];
            }
        }

        pathKeys[^1] = item.Key;
        return new PublishedContent
        {
            Key = item.Key,
            ParentKey = item.ParentKey,
            ContentType = type,
            SortOrder = item.SortOrder,
            Level = pathKeys.Length,
            PathKeys = pathKeys,
            CreateDate = item.CreateDate,
            // Published: the last publish of a culture still published, so a draft save (which stamps the node's
            // UpdateDate) changes nothing a visitor sees and needs no refresh. Preview: the draft's date.
            UpdateDate = lastPublished ?? item.UpdateDate,
            Cultures = cultures,
            InvariantValues = preview
                ? item.InvariantValues
                : (IReadOnlyDictionary<string, JsonElement>?)item.PublishedInvariantValues ?? EmptyValues,
        };
    }

    /// <summary>"/" for a top-level node (hidden from paths, as in Umbraco), the parent's route plus the segment below it.</summary>
    private static string? ComputeRoute(PublishedContent? parent, string culture, string segment)
    {
        if (parent is null)
        {
            return "/";
        }

        if (segment.Length == 0 || !parent.Cultures.TryGetValue(culture, out var parentCulture) || parentCulture.Route is null)
        {
            return null;
        }

        return string.Concat(parentCulture.Route, segment.ToLowerInvariant(), "/");
    }

    private static int CompareSiblings(PublishedContent a, PublishedContent b)
    {
        var c = a.SortOrder.CompareTo(b.SortOrder);
        if (c == 0)
        {
            c = a.CreateDate.CompareTo(b.CreateDate);
        }

        return c != 0 ? c : a.Key.CompareTo(b.Key);
    }

    private static PublishedSnapshot Assemble(
        IEnumerable<PublishedContent> nodes,
        long version,
        bool preview,
        PublishedMediaTree media,
        IReadOnlyDictionary<string, DictionaryItem> dictionary)
    {
        var childLists = new Dictionary<Guid, List<PublishedContent>>();
        var roots = new List<PublishedContent>();
        var count = 0;
        foreach (var node in nodes)
        {
            count++;
            if (node.ParentKey is { } pk)
            {
                if (!childLists.TryGetValue(pk, out var list))
                {
                    childLists[pk] = list = [];
                }

                list.Add(node);
            }
            else
            {
                roots.Add(node);
            }
        }

        roots.Sort(CompareSiblings);
        var children = new Dictionary<Guid, IReadOnlyList<PublishedContent>>(childLists.Count);
        foreach (var (key, list) in childLists)
        {
            list.Sort(CompareSiblings);
            children[key] = list.ToArray();
        }

        var treeOrder = TreeWalk.DepthFirst(roots, children, n => n.Key, count);

        var positions = new Dictionary<Guid, int>(treeOrder.Count);
        var routes = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var byType = new Dictionary<string, List<PublishedContent>>(StringComparer.OrdinalIgnoreCase);
        for (var position = 0; position < treeOrder.Count; position++)
        {
            var node = treeOrder[position];
            positions[node.Key] = position;
            foreach (var culture in node.Cultures.Values)
            {
                if (culture.Route is null)
                {
                    continue;
                }

                if (!routes.TryGetValue(culture.Culture, out var byRoute))
                {
                    routes[culture.Culture] = byRoute = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                }

                // First in tree order wins a clash (e.g. two top-level nodes both at "/").
                byRoute.TryAdd(culture.Route, position);
            }

            if (!byType.TryGetValue(node.ContentType.Alias, out var typed))
            {
                byType[node.ContentType.Alias] = typed = [];
            }

            typed.Add(node);
        }

        return new PublishedSnapshot(
            version,
            preview,
            [.. treeOrder],
            positions,
            children,
            roots.ToArray(),
            routes,
            byType.ToDictionary(p => p.Key, p => (IReadOnlyList<PublishedContent>)p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            media,
            dictionary);
    }
}
