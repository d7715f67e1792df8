using AgriPole.Cms.Search.Indexing;
using AgriPole.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Web.Tests.Support;

/// <summary>
/// The real app whose index start-up never runs: the state of a first start while the index is still being built
/// (the index is not open, every search answers IndexReady = false). Everything else is the real app.
/// </summary>
public sealed class IndexNeverBuiltFactory : AgriPoleApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // AddCmsSearch registers IndexStartupService, then the hosted service resolving it, one after the other.
            var startup = services.ToList().FindIndex(d => d.ServiceType == typeof(IndexStartupService));
            Assert.True(startup >= 0 && startup + 1 < services.Count && services[startup + 1].ServiceType == typeof(IHostedService), "index start-up registration not found");
            services.RemoveAt(startup + 1);
        });
    }
}
