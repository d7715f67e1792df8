using System.Globalization;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Filters;

/// <summary>
/// createDate/updateDate filters. The operator is one or two characters of "&gt;&lt;:" ("&gt;", "&gt;:", "&lt;", "&lt;:", ":");
/// an unparseable date drops the filter and an unknown operator matches nothing, as stock Umbraco does.
/// </summary>
public abstract class DateFilterBase(string field) : IContentFilter
{
    public bool CanHandle(string filter) =>
        filter.Length > field.Length && filter.StartsWith(field, StringComparison.OrdinalIgnoreCase) && filter[field.Length] is '>' or '<' or ':';

    public Func<PublishedContent, bool>? Build(string filter, ContentQueryContext query)
    {
        var rest = filter[field.Length..];
        var operatorLength = rest.Length > 1 && rest[1] is '>' or '<' or ':' ? 2 : 1;
        var op = rest[..operatorLength];
        if (!DateTime.TryParse(rest[operatorLength..], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        Func<DateTime, bool> test = op switch
        {
            ">" => d => d > date,
            ">:" => d => d >= date,
            "<" => d => d < date,
            "<:" => d => d <= date,
            ":" => d => d == date,
            _ => _ => false,
        };
        return content => test(GetDate(content, query));
    }

    protected abstract DateTime GetDate(PublishedContent content, ContentQueryContext query);
}
