using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying;

/// <summary>A <c>filter</c> option: a predicate over candidates. Null means "dropped" (it then matches everything, as in Umbraco).</summary>
public interface IContentFilter
{
    bool CanHandle(string filter);

    Func<PublishedContent, bool>? Build(string filter, ContentQueryContext query);
}
