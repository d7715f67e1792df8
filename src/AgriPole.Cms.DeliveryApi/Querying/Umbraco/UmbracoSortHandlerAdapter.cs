using AgriPole.Cms.Core.PublishedCache;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace AgriPole.Cms.DeliveryApi.Querying.Umbraco;

/// <summary>Runs an Umbraco <see cref="ISortHandler"/> registered in DI: orders by the first indexed value of its field.</summary>
public sealed class UmbracoSortHandlerAdapter(ISortHandler handler) : IContentSort
{
    public bool CanHandle(string sort) => handler.CanHandle(sort);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query)
    {
        var option = handler.BuildSortOption(sort);
        var index = query.FieldIndex;
        int Ascending(PublishedContent a, PublishedContent b) => FieldValueComparer.CompareIndexed(
            First(index.GetValues(a.Key, option.FieldName)),
            First(index.GetValues(b.Key, option.FieldName)));
        return option.Direction == Direction.Ascending ? Ascending : (a, b) => Ascending(b, a);
    }

    private static object? First(IReadOnlyList<object> values) => values.Count > 0 ? values[0] : null;
}
