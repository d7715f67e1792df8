using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Filters;

/// <summary>filter=contentType:a,b (any of) or contentType:!a,b (none of).</summary>
public sealed class ContentTypeFilter : IContentFilter
{
    private const string Prefix = "contentType:";

    public bool CanHandle(string filter) => QueryOptionText.HasPrefix(filter, Prefix);

    public Func<PublishedContent, bool>? Build(string filter, ContentQueryContext query)
    {
        var value = QueryOptionText.AfterPrefix(filter, Prefix);
        var negate = value.StartsWith('!');
        var aliases = new HashSet<string>(
            (negate ? value[1..] : value).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);
        return content => aliases.Contains(content.ContentType.Alias) != negate;
    }
}
