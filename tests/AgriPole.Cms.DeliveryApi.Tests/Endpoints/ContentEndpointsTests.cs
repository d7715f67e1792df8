using System.Net;
using System.Text.Json;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>The content endpoints against the real app and its seed content (read-only tests).</summary>
public class ContentEndpointsTests(DeliveryApiAppFactory factory) : IClassFixture<DeliveryApiAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ById_Home_ReturnsItemWithRoutesPerCulture()
    {
        var response = await _client.GetAsync($"{Base}/content/item/{SeedKeys.Home}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var json = await response.JsonAsync();
        Assert.Equal("home", json.GetProperty("contentType").GetString());
        Assert.Equal("Accueil", json.GetProperty("name").GetString());
        Assert.Equal("/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(SeedKeys.Home, json.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal(2, json.GetProperty("cultures").EnumerateObject().Count());
        Assert.Equal(3, json.GetProperty("properties").GetProperty("latestNewsCount").GetInt32());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("properties").GetProperty("highlights").ValueKind);
    }

    [Fact]
    public async Task ById_AcceptLanguageEnglish_RendersEnglish()
    {
        var json = await (await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.WhyJoin}", ("Accept-Language", "en-US"))).JsonAsync();
        Assert.Equal("Why join?", json.GetProperty("name").GetString());
        Assert.Equal("/why-join/", json.GetProperty("route").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("en-US,en;q=0.9")]
    [InlineData("fr-FR<script>")]
    public async Task ById_InvalidAcceptLanguage_FallsBackToDefaultCulture(string acceptLanguage)
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.WhyJoin}", ("Accept-Language", acceptLanguage));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Pourquoi adhérer ?", (await response.JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ById_UnknownWellFormedCulture_IsNotFoundForVariantContent()
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.WhyJoin}", ("Accept-Language", "xx-INVALID"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ById_Unknown_IsNotFoundProblem()
    {
        var response = await _client.GetAsync($"{Base}/content/item/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        Assert.Equal(404, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ById_DisallowedType_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Base}/content/item/{SeedKeys.ErrorPage}")).StatusCode);
    }

    [Fact]
    public async Task ById_Response_VariesAndCarriesETag()
    {
        var response = await _client.GetAsync($"{Base}/content/item/{SeedKeys.Home}");
        Assert.Equal(["Accept-Language", "Preview", "Start-Item"], response.Headers.Vary.Select(v => v.Trim()));
        Assert.NotNull(response.Headers.ETag);
        var again = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.Home}", ("If-None-Match", response.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ByPath_FrenchRoute_FindsItem()
    {
        var json = await (await _client.GetAsync($"{Base}/content/item/pourquoi-adherer/")).JsonAsync();
        Assert.Equal(SeedKeys.WhyJoin, json.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ByPath_EnglishRouteWithAcceptLanguage_FindsItem()
    {
        var json = await (await _client.GetWithHeadersAsync($"{Base}/content/item/why-join/", ("Accept-Language", "en-US"))).JsonAsync();
        Assert.Equal(SeedKeys.WhyJoin, json.GetProperty("id").GetGuid());
        Assert.Equal("Why join?", json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ByPath_EnglishDomainPrefixWithoutHeader_UsesDomainCulture()
    {
        var json = await (await _client.GetAsync($"{Base}/content/item/en/why-join/")).JsonAsync();
        Assert.Equal("Why join?", json.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task ByPath_Empty_ReturnsRoot(string path)
    {
        var json = await (await _client.GetAsync($"{Base}/content/item{path}")).JsonAsync();
        Assert.Equal(SeedKeys.Home, json.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ByPath_EncodedSlash_IsDecoded()
    {
        var json = await (await _client.GetAsync($"{Base}/content/item/politique-des-poles%2Fphase-3")).JsonAsync();
        Assert.Equal(SeedKeys.Phase3, json.GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("pourquoi-adherer/file.txt")]
    [InlineData("nulle-part/")]
    [InlineData("page-introuvable/")]
    [InlineData("..%2F..%2Fappsettings.json")]
    public async Task ByPath_UnknownFileLikeOrDisallowed_IsNotFound(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Base}/content/item/{path}")).StatusCode);
    }

    [Fact]
    public async Task Items_MixedIds_ReturnsVisibleOnesInRequestOrder()
    {
        var json = await (await _client.GetAsync($"{Base}/content/items?id={SeedKeys.WhyJoin}&id={Guid.NewGuid()}&id={SeedKeys.ErrorPage}&id={SeedKeys.Home}&id={SeedKeys.WhyJoin}")).JsonAsync();
        Assert.Equal([SeedKeys.WhyJoin, SeedKeys.Home], json.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Items_NoIds_ReturnsEmptyArray()
    {
        Assert.Equal(0, (await (await _client.GetAsync($"{Base}/content/items")).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Items_BadId_IsValidationProblem()
    {
        var response = await _client.GetAsync($"{Base}/content/items?id=not-a-guid");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Query_NewsChildrenSortedByDate_ReturnsPagedItems()
    {
        var json = await (await _client.GetAsync($"{Base}/content?fetch=children:/actualites/&filter=contentType:newsItem&sort=createDate:desc&take=2")).JsonAsync();
        Assert.Equal(3, json.GetProperty("total").GetInt64());
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal("newsItem", i.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task Query_NoFetch_NeverCountsDisallowedTypes()
    {
        var json = await (await _client.GetAsync($"{Base}/content?filter=contentType:errorPage")).JsonAsync();
        Assert.Equal(0, json.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Query_StartItemHeader_ScopesToDescendants()
    {
        var json = await (await _client.GetWithHeadersAsync($"{Base}/content?take=1000", ("Start-Item", SeedKeys.Home.ToString()))).JsonAsync();
        Assert.DoesNotContain(SeedKeys.Home, json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.True(json.GetProperty("total").GetInt64() > 10);
    }

    [Theory]
    [InlineData("fetch=siblings:/", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData("filter=foo:bar", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData("sort=popularity:asc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    [InlineData("sort=name", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    public async Task Query_UnknownOption_IsUmbracoProblem(string query, string title, string detail)
    {
        var response = await _client.GetAsync($"{Base}/content?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("Error", json.GetProperty("type").GetString());
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Equal(detail, json.GetProperty("detail").GetString());
        Assert.Equal(400, json.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("take=abc")]
    [InlineData("skip=-1")]
    [InlineData("take=99999999999")]
    [InlineData("expand=properties[title")]
    [InlineData("fields=properties[title")]
    [InlineData("expand=[properties]")]
    [InlineData("fields=properties[]")]
    public async Task Query_BadParameter_IsBadRequestNeverServerError(string query)
    {
        var response = await _client.GetAsync($"{Base}/content?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
    }

    [Theory]
    [InlineData("fetch=children:not-a-guid")]
    [InlineData("sort=name:sideways")]
    [InlineData("take=100000")]
    [InlineData("filter=createDate>=2024-01-01")]
    [InlineData("filter=")]
    public async Task Query_OddButValidParameter_IsOk(string query)
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{Base}/content?{query}")).StatusCode);
    }

    [Fact]
    public async Task Query_ExpandFiftyLevelsAndHugeQueryString_NeverServerError()
    {
        var deep = string.Concat(Enumerable.Repeat("properties[a[", 50)) + "x" + new string(']', 100);
        var response = await _client.GetAsync($"{Base}/content?expand={Uri.EscapeDataString(deep)}");
        Assert.True((int)response.StatusCode < 500);
        var huge = await _client.GetAsync($"{Base}/content?filter=name:{new string('a', 16 * 1024)}");
        Assert.True((int)huge.StatusCode < 500);
    }

    [Fact]
    public async Task ById_ExpandAndFields_ShapeTheProperties()
    {
        var json = await (await _client.GetAsync($"{Base}/content/item/{SeedKeys.Home}?fields=properties[title,highlights]")).JsonAsync();
        Assert.Equal(["title", "highlights"], json.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        var link = json.GetProperty("properties").GetProperty("highlights").GetProperty("items")[0].GetProperty("content").GetProperty("properties").GetProperty("link")[0];
        Assert.Equal("Content", link.GetProperty("linkType").GetString());
        Assert.Equal("/politique-des-poles/", link.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task StartItem_Unknown_IsNotFoundWithBareString()
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.Home}", ("Start-Item", "nowhere"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The Start-Item could not be found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StartItem_ById_Resolves()
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/pourquoi-adherer/", ("Start-Item", SeedKeys.Home.ToString()));
        Assert.Equal(SeedKeys.WhyJoin, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("AGRIPOLE-TEST-KEY-7F3C")]
    public async Task Preview_WithoutValidKey_IsUnauthorized(string? key)
    {
        var headers = key is null ? new[] { ("Preview", "true") } : [("Preview", "true"), ("Api-Key", key)];
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.Home}", headers);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Preview_WithKey_IsServedAndNeverCached()
    {
        var response = await _client.GetWithHeadersAsync($"{Base}/content/item/{SeedKeys.Home}", ("Preview", "true"), ("Api-Key", DeliveryApiAppFactory.ApiKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task OutputCache_SecondIdenticalRequest_ReturnsSameBody()
    {
        var first = await (await _client.GetAsync($"{Base}/content?fetch=children:/&sort=sortOrder:asc")).Content.ReadAsStringAsync();
        var secondResponse = await _client.GetAsync($"{Base}/content?fetch=children:/&sort=sortOrder:asc");
        var second = await secondResponse.Content.ReadAsStringAsync();
        Assert.Equal(first, second);
        Assert.NotNull(secondResponse.Headers.Age);
    }
}
