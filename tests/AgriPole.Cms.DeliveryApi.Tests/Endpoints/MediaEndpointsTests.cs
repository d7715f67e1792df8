using System.Net;
using System.Text.Json;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

public class MediaEndpointsTests(DeliveryApiAppFactory factory) : IClassFixture<DeliveryApiAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ById_Image_WritesFileFactsAndCrops()
    {
        var response = await _client.GetAsync($"{Base}/media/item/{SeedKeys.Logo1}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(["path", "createDate", "updateDate", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties", "focalPoint", "crops"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Image", json.GetProperty("mediaType").GetString());
        Assert.Equal("/logos membres (exemples)/logo exemple 1/", json.GetProperty("path").GetString());
        Assert.StartsWith("/media/", json.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("width").GetInt32() > 0);
        Assert.True(json.GetProperty("bytes").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("crops").ValueKind);
        Assert.DoesNotContain("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task ById_Folder_HasEmptyUrlAndNullCrops()
    {
        var json = await (await _client.GetAsync($"{Base}/media/item/{SeedKeys.LogosFolder}")).JsonAsync();
        Assert.Equal("", json.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("crops").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("bytes").ValueKind);
    }

    [Fact]
    public async Task ByPath_NamesCaseInsensitive_FindsItem()
    {
        var json = await (await _client.GetAsync($"{Base}/media/item/LOGOS%20MEMBRES%20(EXEMPLES)/logo%20exemple%201/")).JsonAsync();
        Assert.Equal(SeedKeys.Logo1, json.GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("")]
    [InlineData("nowhere/")]
    [InlineData("../../appsettings.json")]
    public async Task ByPath_Unknown_IsNotFound(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Base}/media/item/{path}")).StatusCode);
    }

    [Fact]
    public async Task Items_UnknownIdsAreDropped()
    {
        var json = await (await _client.GetAsync($"{Base}/media/items?id={Guid.NewGuid()}&id={SeedKeys.Logo1}")).JsonAsync();
        Assert.Equal([SeedKeys.Logo1], json.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Query_ChildrenOfFolderFilteredAndSorted_Pages()
    {
        var json = await (await _client.GetAsync($"{Base}/media?fetch=children:{SeedKeys.LogosFolder}&filter=mediaType:Image&filter=name:exemple&sort=name:desc&take=3")).JsonAsync();
        Assert.Equal(8, json.GetProperty("total").GetInt64());
        Assert.Equal(["Logo exemple 8", "Logo exemple 7", "Logo exemple 6"], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("", "Selector option not found")]
    [InlineData("fetch=descendants:/", "Selector option not found")]
    [InlineData("fetch=children:/&filter=size:1", "Filter option not found")]
    [InlineData("fetch=children:/&sort=size:asc", "Sort option not found")]
    public async Task Query_BadOption_IsUmbracoProblem(string query, string title)
    {
        var response = await _client.GetAsync($"{Base}/media?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await response.JsonAsync()).GetProperty("title").GetString());
    }
}
