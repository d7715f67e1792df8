using AgriPole.Cms.Core.Models;
using AgriPole.Cms.DeliveryApi.Querying;

namespace AgriPole.Cms.DeliveryApi.Media;

public sealed record MediaQueryResult(ContentQueryStatus Status, long Total, IReadOnlyList<MediaItem> Items)
{
    public static MediaQueryResult Fail(ContentQueryStatus status) => new(status, 0, []);
}
