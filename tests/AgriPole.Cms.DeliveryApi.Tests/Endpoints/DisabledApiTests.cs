using System.Net;
using AgriPole.Testing;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>Enabled=false (and Media.Enabled=false): Umbraco answers 401, not 404.</summary>
public class DisabledApiTests : IClassFixture<DisabledApiTests.DisabledFactory>
{
    private readonly HttpClient _client;

    public DisabledApiTests(DisabledFactory factory) => _client = factory.CreateClient();

    public sealed class DisabledFactory : AgriPoleApplicationFactory
    {
        public DisabledFactory()
        {
            Settings["Umbraco:CMS:DeliveryApi:Enabled"] = "false";
            Settings["Umbraco:CMS:DeliveryApi:Media:Enabled"] = "false";
        }
    }

    [Theory]
    [InlineData("/content/item/221fe5ba-9150-4bc4-a14c-1a20738c3be2")]
    [InlineData("/content")]
    [InlineData("/media/items")]
    public async Task Get_ApiDisabled_IsUnauthorized(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync(Base + path)).StatusCode);
    }
}
