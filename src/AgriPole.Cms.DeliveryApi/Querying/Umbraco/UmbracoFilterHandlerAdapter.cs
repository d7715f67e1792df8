using AgriPole.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.DeliveryApi;

namespace AgriPole.Cms.DeliveryApi.Querying.Umbraco;

/// <summary>
/// Runs an Umbraco <see cref="IFilterHandler"/> registered in DI by evaluating its <see cref="FilterOption"/> against
/// <see cref="ContentFieldIndex"/>: Is/IsNot = any value equal (case-insensitive), Contains/DoesNotContain = substring,
/// ranges compare numbers and dates by the indexed type. Several option values are ORed, as Examine does.
/// </summary>
public sealed class UmbracoFilterHandlerAdapter(IFilterHandler handler) : IContentFilter
{
    public bool CanHandle(string filter) => handler.CanHandle(filter);

    public Func<PublishedContent, bool>? Build(string filter, ContentQueryContext query)
    {
        var option = handler.BuildFilterOption(filter);
        var index = query.FieldIndex;
        var values = option.Values ?? [];
        bool Any(PublishedContent content, Func<object, string, bool> test) =>
            index.GetValues(content.Key, option.FieldName).Any(v => values.Any(x => test(v, x)));
        static bool Contains(object v, string x) => v is string s && s.Contains(x, StringComparison.OrdinalIgnoreCase);

        return option.Operator switch
        {
            FilterOperation.Is => c => Any(c, (v, x) => FieldValueComparer.Compare(v, x) == 0),
            FilterOperation.IsNot => c => !Any(c, (v, x) => FieldValueComparer.Compare(v, x) == 0),
            FilterOperation.Contains => c => Any(c, Contains),
            FilterOperation.DoesNotContain => c => !Any(c, Contains),
            FilterOperation.LessThan => c => Any(c, (v, x) => FieldValueComparer.Compare(v, x) < 0),
            FilterOperation.LessThanOrEqual => c => Any(c, (v, x) => FieldValueComparer.Compare(v, x) <= 0),
            FilterOperation.GreaterThan => c => Any(c, (v, x) => FieldValueComparer.Compare(v, x) > 0),
            FilterOperation.GreaterThanOrEqual => c => Any(c, (v, x) => FieldValueComparer.Compare(v, x) >= 0),
            _ => _ => false,
        };
    }
}
