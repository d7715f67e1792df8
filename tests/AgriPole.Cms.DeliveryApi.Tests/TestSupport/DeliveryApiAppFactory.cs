using AgriPole.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.DeliveryApi.Tests.TestSupport;

/// <summary>The real app with the Delivery API on, a known API key, "errorPage" disallowed and the output cache on.</summary>
public class DeliveryApiAppFactory : AgriPoleApplicationFactory
{
    public const string ApiKey = "agripole-test-key-7f3c";

    public DeliveryApiAppFactory()
    {
        Settings["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
        Settings["Umbraco:CMS:DeliveryApi:PublicAccess"] = "true";
        Settings["Umbraco:CMS:DeliveryApi:ApiKey"] = ApiKey;
        Settings["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = "errorPage";
        Settings["Umbraco:CMS:DeliveryApi:Media:Enabled"] = "true";
        Settings["Umbraco:CMS:DeliveryApi:Media:PublicAccess"] = "true";
        Settings["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "true";
    }

    /// <summary>Extra services (e.g. an Umbraco IFilterHandler) added after the app's own.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (ConfigureTestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }
}
