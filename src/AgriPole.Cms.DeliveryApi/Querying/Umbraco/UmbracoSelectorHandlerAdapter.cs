using AgriPole.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.DeliveryApi;

namespace AgriPole.Cms.DeliveryApi.Querying.Umbraco;

/// <summary>Runs an Umbraco <see cref="ISelectorHandler"/> registered in DI: items whose field holds any of the option's values.</summary>
public sealed class UmbracoSelectorHandlerAdapter(ISelectorHandler handler) : IContentSelector
{
    public bool CanHandle(string fetch) => handler.CanHandle(fetch);

    public IEnumerable<PublishedContent> Select(string fetch, ContentQueryContext query)
    {
        var option = handler.BuildSelectorOption(fetch);
        var index = query.FieldIndex;
        var values = option.Values ?? [];
        return query.Context.Snapshot.All.Where(content =>
            index.GetValues(content.Key, option.FieldName).Any(v => values.Any(x => FieldValueComparer.Compare(v, x) == 0)));
    }
}
