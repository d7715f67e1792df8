using System.Net;
using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using AgriPole.Cms.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Querying.Filters;

/// <summary>filter=search: while the index has not been built (its start-up never runs in this app): 200, and not output-cached.</summary>
public class SearchFilterIndexBuildingTests(SearchFilterIndexBuildingTests.Factory factory) : IClassFixture<SearchFilterIndexBuildingTests.Factory>
{
    public sealed class Factory : DeliveryApiAppFactory
    {
        public Factory() => ConfigureTestServices = services =>
        {
            // AddCmsSearch registers IndexStartupService, then the hosted service resolving it, one after the other.
            var startup = services.ToList().FindIndex(d => d.ServiceType == typeof(IndexStartupService));
            Assert.True(startup >= 0 && services[startup + 1].ServiceType == typeof(IHostedService));
            services.RemoveAt(startup + 1);
        };
    }

    [Fact]
    public async Task Search_IndexNotBuilt_AnswersEmptyAndIsNotCached()
    {
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<DeliveryApiOutputCache>();

        var response = await client.GetWithHeadersAsync($"{Base}/content?filter=search:competitivite", ("Accept-Language", "fr-FR"));
        var afterSearch = cache.Count;
        var plain = await client.GetWithHeadersAsync($"{Base}/content?fetch=children:{SeedKeys.NewsList}", ("Accept-Language", "fr-FR"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.JsonAsync()).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(0, afterSearch);
        Assert.Equal(1, cache.Count);
    }
}
