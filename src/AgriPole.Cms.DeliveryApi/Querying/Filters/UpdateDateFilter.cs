using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Routing;

namespace AgriPole.Cms.DeliveryApi.Querying.Filters;

/// <summary>filter=updateDate&lt;:2024-01-01 and the other date operators; the culture variant's date for variant items.</summary>
public sealed class UpdateDateFilter() : DateFilterBase("updateDate")
{
    protected override DateTime GetDate(PublishedContent content, ContentQueryContext query) => ContentDates.GetUpdateDate(query.Context, content);
}
