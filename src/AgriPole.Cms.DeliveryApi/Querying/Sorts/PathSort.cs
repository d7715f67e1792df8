using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>sort=path:asc|desc (undocumented in Umbraco): tree order.</summary>
public sealed class PathSort : IContentSort
{
    private const string Prefix = "path:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => query.FieldIndex.TreePosition(a.Key).CompareTo(query.FieldIndex.TreePosition(b.Key)), sort);
}
