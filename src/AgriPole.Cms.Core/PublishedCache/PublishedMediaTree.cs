using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>
/// The media part of a <see cref="PublishedSnapshot"/>, built once and shared by every later snapshot until media change
/// (a content publish does not rebuild the 2,000-item media tree).
/// </summary>
internal sealed class PublishedMediaTree
{
    private PublishedMediaTree(MediaItem[] treeOrder, Dictionary<Guid, IReadOnlyList<MediaItem>> children, IReadOnlyList<MediaItem> roots)
    {
        TreeOrder = treeOrder;
        Children = children;
        Roots = roots;
        ByKey = new Dictionary<Guid, MediaItem>(treeOrder.Length);
        foreach (var m in treeOrder)
        {
            ByKey[m.Key] = m;
        }
    }

    public MediaItem[] TreeOrder { get; }

    public Dictionary<Guid, MediaItem> ByKey { get; }

    public Dictionary<Guid, IReadOnlyList<MediaItem>> Children { get; }

    public IReadOnlyList<MediaItem> Roots { get; }

    /// <summary>Non-trashed media whose parent is present, siblings by sort order then name, in tree order.</summary>
    public static PublishedMediaTree Build(IEnumerable<MediaItem> media)
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

        var order = TreeWalk.DepthFirst(roots, children, m => m.Key, all.Count);
        return new PublishedMediaTree([.. order], children, roots.ToArray());
    }
}
