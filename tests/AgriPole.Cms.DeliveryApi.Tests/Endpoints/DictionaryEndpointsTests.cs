using System.Net;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

public class DictionaryEndpointsTests(DeliveryApiAppFactory factory) : IClassFixture<DeliveryApiAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_PerCulture_ReturnsTranslatedStrings()
    {
        var fr = await (await _client.GetAsync($"{Base}/dictionary?culture=fr-FR")).JsonAsync();
        var en = await (await _client.GetAsync($"{Base}/dictionary?culture=en-us")).JsonAsync();
        Assert.Equal("fr-FR", fr.GetProperty("culture").GetString());
        Assert.Equal("en-US", en.GetProperty("culture").GetString());
        var frItems = fr.GetProperty("items").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        var enItems = en.GetProperty("items").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.NotEmpty(frItems);
        Assert.Equal(frItems.Keys.Order(), enItems.Keys.Order());
        Assert.Contains(frItems, kv => enItems[kv.Key] != kv.Value);
    }

    [Fact]
    public async Task Get_NoCulture_UsesAcceptLanguageThenDefault()
    {
        Assert.Equal("fr-FR", (await (await _client.GetAsync($"{Base}/dictionary")).JsonAsync()).GetProperty("culture").GetString());
        var en = await (await _client.GetWithHeadersAsync($"{Base}/dictionary", ("Accept-Language", "en-US"))).JsonAsync();
        Assert.Equal("en-US", en.GetProperty("culture").GetString());
    }

    [Fact]
    public async Task Get_UnknownCulture_IsBadRequest()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"{Base}/dictionary?culture=xx-XX")).StatusCode);
    }
}
