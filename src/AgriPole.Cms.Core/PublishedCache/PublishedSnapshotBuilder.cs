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
        return Assemble(map.Values, version, preview, media, dictionary);
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
        var map = new Dictionary<Guid, PublishedContent>(previous.ContentCount + 16);
        if (removed.Count == 0 && replaced.Count == 0)
        {
            foreach (var node in previous.TreeOrder)
            {
                map[node.Key] = node;
            }
        }
        else
        {
            foreach (var node in previous.TreeOrder)
            {
                if (!replaced.Contains(node.Key) && (removed.Count == 0 || !IsUnder(node, removed)))
                {
                    map[node.Key] = node;
                }
            }

            AddConverted(definitions, map, reloaded, previous.IsPreview);
        }

        return Assemble(map.Values, version, previous.IsPreview, media ?? previous.MediaTreeOrder, dictionary ?? previous.Dictionary);
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
            UpdateDate = item.UpdateDate,
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
        IEnumerable<MediaItem> media,
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

        var treeOrder = new List<PublishedContent>(count);
        var stack = new Stack<PublishedContent>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push(roots[i]);
        }

        while (stack.TryPop(out var node))
        {
            treeOrder.Add(node);
            if (children.TryGetValue(node.Key, out var kids))
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push(kids[i]);
                }
            }
        }

        var routes = new Dictionary<string, Dictionary<string, PublishedContent>>(StringComparer.OrdinalIgnoreCase);
        var byType = new Dictionary<string, List<PublishedContent>>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in treeOrder)
        {
            foreach (var culture in node.Cultures.Values)
            {
                if (culture.Route is null)
                {
                    continue;
                }

                if (!routes.TryGetValue(culture.Culture, out var byRoute))
                {
                    routes[culture.Culture] = byRoute = new Dictionary<string, PublishedContent>(StringComparer.OrdinalIgnoreCase);
                }

                // First in tree order wins a clash (e.g. two top-level nodes both at "/").
                byRoute.TryAdd(culture.Route, node);
            }

            if (!byType.TryGetValue(node.ContentType.Alias, out var typed))
            {
                byType[node.ContentType.Alias] = typed = [];
            }

            typed.Add(node);
        }

        var (mediaOrder, mediaChildren, mediaRoots) = AssembleMedia(media);
        return new PublishedSnapshot(
            version,
            preview,
            [.. treeOrder],
            children,
            roots.ToArray(),
            routes,
            byType.ToDictionary(p => p.Key, p => (IReadOnlyList<PublishedContent>)p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            mediaOrder,
            mediaChildren,
            mediaRoots,
            dictionary);
    }

    private static (MediaItem[] Order, Dictionary<Guid, IReadOnlyList<MediaItem>> Children, IReadOnlyList<MediaItem> Roots) AssembleMedia(IEnumerable<MediaItem> media)
    {
        var all = media.Where(m => !m.Trashed).ToList();
        var keys = all.Select(m => m.Key).ToHashSet();
        var lists = new Dictionary<Guid, List<MediaItem>>();
        var roots = new List<MediaItem>();
        foreach (var m in all)
        {
            if (m.ParentKey is { } pk)
            {
                if (!keys.Contains(pk))
                {
                    continue;
                }

                if (!lists.TryGetValue(pk, out var list))
                {
                    lists[pk] = list = [];
                }

                list.Add(m);
            }
            else
            {
                roots.Add(m);
            }
        }

        static int Compare(MediaItem a, MediaItem b)
        {
            var c = a.SortOrder.CompareTo(b.SortOrder);
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        }

        roots.Sort(Compare);
        var children = new Dictionary<Guid, IReadOnlyList<MediaItem>>();
        foreach (var (k, list) in lists)
        {
            list.Sort(Compare);
            children[k] = list.ToArray();
        }

        var order = new List<MediaItem>(all.Count);
        var stack = new Stack<MediaItem>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push(roots[i]);
        }

        while (stack.TryPop(out var m))
        {
            order.Add(m);
            if (children.TryGetValue(m.Key, out var kids))
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push(kids[i]);
                }
            }
        }

        return ([.. order], children, roots.ToArray());
    }
}
