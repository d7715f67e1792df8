using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Filters;

/// <summary>filter=createDate&gt;2024-01-01 and the other date operators.</summary>
public sealed class CreateDateFilter() : DateFilterBase("createDate")
{
    protected override DateTime GetDate(PublishedContent content, ContentQueryContext query) => content.CreateDate;
}
