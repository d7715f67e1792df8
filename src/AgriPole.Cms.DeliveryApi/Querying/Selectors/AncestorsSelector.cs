using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Selectors;

/// <summary>fetch=ancestors:{id or path}: every ancestor, the item itself excluded.</summary>
public sealed class AncestorsSelector : IContentSelector
{
    private const string Prefix = "ancestors:";

    public bool CanHandle(string fetch) => QueryOptionText.HasPrefix(fetch, Prefix);

    public IEnumerable<PublishedContent> Select(string fetch, ContentQueryContext query)
    {
        var item = query.ResolveIdOrPath(QueryOptionText.AfterPrefix(fetch, Prefix));

        // Tree order (root first), like the other selectors.
        return item is null ? [] : query.Context.Snapshot.GetAncestors(item.Key).Reverse();
    }
}
