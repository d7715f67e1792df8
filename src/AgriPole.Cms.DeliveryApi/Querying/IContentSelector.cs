using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying;

/// <summary>A <c>fetch</c> option (Umbraco's selector): picks the candidate set of a content query.</summary>
public interface IContentSelector
{
    bool CanHandle(string fetch);

    IEnumerable<PublishedContent> Select(string fetch, ContentQueryContext query);
}
