using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>sort=name:asc|desc: the name in the request culture, case-insensitively.</summary>
public sealed class NameSort : IContentSort
{
    private const string Prefix = "name:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => string.Compare(query.GetName(a), query.GetName(b), StringComparison.OrdinalIgnoreCase), sort);
}
