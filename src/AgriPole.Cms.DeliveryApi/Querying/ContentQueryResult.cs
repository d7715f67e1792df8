using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying;

/// <param name="Total">Matches before skip/take.</param>
public sealed record ContentQueryResult(ContentQueryStatus Status, long Total, IReadOnlyList<PublishedContent> Items)
{
    public static ContentQueryResult Fail(ContentQueryStatus status) => new(status, 0, []);
}
