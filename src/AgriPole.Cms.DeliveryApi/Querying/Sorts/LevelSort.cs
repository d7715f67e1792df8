using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>sort=level:asc|desc: tree depth, root = 1.</summary>
public sealed class LevelSort : IContentSort
{
    private const string Prefix = "level:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => a.Level.CompareTo(b.Level), sort);
}
