using AgriPole.Cms.Search.Indexing;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Search;

/// <summary>The search page says "index being built" rather than "no results" while the index is not ready.</summary>
public sealed class SearchIndexBuildingTests : IDisposable
{
    private readonly IndexNeverBuiltFactory _building = new();
    private readonly AgriPoleApplicationFactory _ready = new();

    public void Dispose()
    {
        _building.Dispose();
        _ready.Dispose();
    }

    [Theory]
    [InlineData("fr-FR", "/recherche/?q=competitivite", "construction")]
    [InlineData("en-US", "/en/search/?q=policy", "being built")]
    public async Task Get_SearchWhileIndexBuilding_ShowsIndexBuildingNotNoResults(string culture, string url, string expected)
    {
        var searchPage = _building.Single("searchPage", culture);
        var pageUrl = _building.UrlOf(searchPage, culture)!;
        var doc = await _building.CreateSiteClient().GetDocumentAsync(pageUrl + url[url.IndexOf('?', StringComparison.Ordinal)..]);

        Assert.Contains(expected, doc.QuerySelector(".search-index-building")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".search-no-results"));
    }

    [Fact]
    public async Task Get_SearchWhileIndexPartial_ShowsIndexBuilding()
    {
        // A publish opens the index and adds one node before the start-up build: open, but not complete.
        var content = _building.Services.GetRequiredService<AgriPole.Cms.Core.Services.IContentService>();
        var whyJoin = _building.Single("contentPage");
        var published = await content.PublishAsync(whyJoin.Key, ["fr-FR"]);
        Assert.True(published.Success);
        var pageUrl = _building.UrlOf(_building.Single("searchPage"), "fr-FR")!;

        var doc = await _building.CreateSiteClient().GetDocumentAsync(pageUrl + "?q=zqxwvjkplm");

        Assert.NotNull(doc.QuerySelector(".search-index-building"));
        Assert.Null(doc.QuerySelector(".search-no-results"));
    }

    [Fact]
    public async Task Get_SearchWithReadyIndexAndNoMatch_ShowsNoResults()
    {
        await _ready.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var pageUrl = _ready.UrlOf(_ready.Single("searchPage"), "fr-FR")!;

        var doc = await _ready.CreateSiteClient().GetDocumentAsync(pageUrl + "?q=zqxwvjkplm");

        Assert.NotNull(doc.QuerySelector(".search-no-results"));
        Assert.Null(doc.QuerySelector(".search-index-building"));
    }
}
