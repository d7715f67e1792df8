using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>sort=createDate:asc|desc.</summary>
public sealed class CreateDateSort : IContentSort
{
    private const string Prefix = "createDate:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => a.CreateDate.CompareTo(b.CreateDate), sort);
}
