using System.Net;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>PublicAccess=false: every endpoint needs the Api-Key header, compared exactly.</summary>
public class AccessTests : IClassFixture<AccessTests.PrivateFactory>
{
    private readonly HttpClient _client;

    public AccessTests(PrivateFactory factory) => _client = factory.CreateClient();

    public sealed class PrivateFactory : DeliveryApiAppFactory
    {
        public PrivateFactory() => Settings["Umbraco:CMS:DeliveryApi:PublicAccess"] = "false";
    }

    [Theory]
    [InlineData("/content/item/221fe5ba-9150-4bc4-a14c-1a20738c3be2")]
    [InlineData("/content?fetch=children:/")]
    [InlineData("/media?fetch=children:/")]
    [InlineData("/dictionary")]
    public async Task Get_WithoutKey_IsUnauthorized(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync(Base + path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetWithHeadersAsync(Base + path, ("Api-Key", "nope"))).StatusCode);
    }

    [Fact]
    public async Task Get_WithKey_IsServedAndNotStoredByCaches()
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.Home}", ("Api-Key", DeliveryApiAppFactory.ApiKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Get_BadKeyAndBadStartItem_AccessIsCheckedFirst()
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.Home}", ("Start-Item", "nowhere"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
