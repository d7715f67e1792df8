using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Selectors;

/// <summary>fetch=descendants:{id or path}: every descendant, the item itself excluded.</summary>
public sealed class DescendantsSelector : IContentSelector
{
    private const string Prefix = "descendants:";

    public bool CanHandle(string fetch) => QueryOptionText.HasPrefix(fetch, Prefix);

    public IEnumerable<PublishedContent> Select(string fetch, ContentQueryContext query)
    {
        var item = query.ResolveIdOrPath(QueryOptionText.AfterPrefix(fetch, Prefix));
        return item is null ? [] : query.Context.Snapshot.GetDescendants(item.Key);
    }
}
