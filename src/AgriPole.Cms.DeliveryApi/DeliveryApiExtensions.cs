using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.DeliveryApi;

/// <summary>Umbraco's Content Delivery API v2 under /umbraco/delivery/api/v2.</summary>
public static class DeliveryApiExtensions
{
    public static IHostApplicationBuilder AddDeliveryApi(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        return app;
    }
}
