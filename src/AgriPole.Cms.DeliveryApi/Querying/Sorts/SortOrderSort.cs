using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>sort=sortOrder:asc|desc: position among siblings.</summary>
public sealed class SortOrderSort : IContentSort
{
    private const string Prefix = "sortOrder:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => a.SortOrder.CompareTo(b.SortOrder), sort);
}
