using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>sort=updateDate:asc|desc (the culture variant's date).</summary>
public sealed class UpdateDateSort : IContentSort
{
    private const string Prefix = "updateDate:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => Routing.ContentDates.GetUpdateDate(query.Context, a).CompareTo(Routing.ContentDates.GetUpdateDate(query.Context, b)), sort);
}
