using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>RichTextOutputAsJson=true on the real seed: the element tree consumers such as @charlietango/umbraco-rich-text read.</summary>
public class RichTextJsonTests : IClassFixture<RichTextJsonTests.JsonFactory>
{
    private readonly HttpClient _client;

    public RichTextJsonTests(JsonFactory factory) => _client = factory.CreateClient();

    public sealed class JsonFactory : DeliveryApiAppFactory
    {
        public JsonFactory() => Settings["Umbraco:CMS:DeliveryApi:RichTextOutputAsJson"] = "true";
    }

    [Fact]
    public async Task ById_RichText_IsElementTree()
    {
        var json = await (await _client.GetAsync($"{Base}/content/item/{SeedKeys.WhyJoin}?fields=properties[body]")).JsonAsync();
        var body = json.GetProperty("properties").GetProperty("body");
        Assert.Equal("#root", body.GetProperty("tag").GetString());
        Assert.Equal(0, body.GetProperty("blocks").GetArrayLength());
        var tags = body.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("tag").GetString()).ToList();
        Assert.Contains("p", tags);
        Assert.Contains("h2", tags);
        var firstText = body.GetProperty("elements")[0].GetProperty("elements")[0];
        Assert.Equal("#text", firstText.GetProperty("tag").GetString());
        Assert.False(string.IsNullOrWhiteSpace(firstText.GetProperty("text").GetString()));
    }
}
