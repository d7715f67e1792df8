namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>The tree order the snapshot keeps (content and media alike): depth first, siblings in their sorted order.</summary>
internal static class TreeWalk
{
    public static List<T> DepthFirst<T>(IReadOnlyList<T> roots, IReadOnlyDictionary<Guid, IReadOnlyList<T>> children, Func<T, Guid> keyOf, int capacity)
    {
        var order = new List<T>(capacity);
        var stack = new Stack<T>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push(roots[i]);
        }

        while (stack.TryPop(out var node))
        {
            order.Add(node);
            if (children.TryGetValue(keyOf(node), out var kids))
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push(kids[i]);
                }
            }
        }

        return order;
    }
}
