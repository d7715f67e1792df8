using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Rendering;

namespace AgriPole.Cms.DeliveryApi.Routing;

/// <summary>Umbraco gives a variant item the update date of its culture variant.</summary>
public static class ContentDates
{
    public static DateTime GetUpdateDate(DeliveryApiContext context, PublishedContent content)
    {
        var variant = ContentRouting.GetVariant(context, content, context.Culture);
        return variant is not null && variant.PublishDate != default && content.ContentType.VariesByCulture ? variant.PublishDate : content.UpdateDate;
    }
}
