using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Selectors;

/// <summary>fetch=children:{id or path}: the direct children.</summary>
public sealed class ChildrenSelector : IContentSelector
{
    private const string Prefix = "children:";

    public bool CanHandle(string fetch) => QueryOptionText.HasPrefix(fetch, Prefix);

    public IEnumerable<PublishedContent> Select(string fetch, ContentQueryContext query)
    {
        var parent = query.ResolveIdOrPath(QueryOptionText.AfterPrefix(fetch, Prefix));
        return parent is null ? [] : query.Context.Snapshot.GetChildren(parent.Key);
    }
}
