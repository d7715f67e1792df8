using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Navigation;

public class NavigationCacheTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Theory]
    [InlineData("fr-FR", "/")]
    [InlineData("en-US", "/en/")]
    public async Task Get_Home_MenuIsTheChildrenOfHomeShownInMenuInOrder(string culture, string homeUrl)
    {
        var home = factory.Single("home", culture);
        var expected = factory.Snapshot().GetChildren(home.Key)
            .Where(c => c.IsPublishedIn(culture) && c.GetBoolean("showInMenu") && factory.UrlOf(c, culture) is not null)
            .Select(c => (Title: c.GetString("menuTitle", culture) ?? c.GetName(culture), Url: factory.UrlOf(c, culture)))
            .ToList();
        Assert.NotEmpty(expected);

        var doc = await _client.GetDocumentAsync(homeUrl);
        var menu = doc.QuerySelectorAll("#primary-nav ul.menu a").Select(a => (Title: (string?)a.TextContent.Trim(), Url: a.GetAttribute("href"))).ToList();

        Assert.Equal(expected, menu);
    }

    [Theory]
    [InlineData("fr-FR", "/")]
    [InlineData("en-US", "/en/")]
    public async Task Get_Home_HeaderLinksToSearchContactAndWhyJoin_FooterListsLegalPages(string culture, string homeUrl)
    {
        var doc = await _client.GetDocumentAsync(homeUrl);
        var tools = doc.QuerySelectorAll("#primary-nav ul.tools a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains(factory.UrlOf(factory.Single("searchPage", culture), culture), tools);
        Assert.Contains(factory.UrlOf(factory.Single("contactPage", culture), culture), tools);
        Assert.NotNull(doc.QuerySelector("#primary-nav a.tool-join"));

        var footer = factory.Routes().Where(r => r.Culture == culture && r.Node.GetBoolean("showInFooter")).Select(r => (string?)r.Url).ToList();
        Assert.NotEmpty(footer);
        Assert.Equal(footer, doc.QuerySelectorAll("footer nav a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Contains("©", doc.QuerySelector("footer .copyright")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeepPage_HasBreadcrumbsFromHomeAndLandmarks()
    {
        var route = factory.Routes().Where(r => r.Culture == "en-US").MaxBy(r => r.Node.Level)!;
        var doc = await _client.GetDocumentAsync(route.Url);

        var crumbs = doc.QuerySelectorAll("nav.breadcrumbs[aria-label] ol li a");
        Assert.Equal(route.Node.Level, crumbs.Length);
        Assert.Equal("/en/", crumbs[0].GetAttribute("href"));
        Assert.Equal(route.Url, crumbs[^1].GetAttribute("href"));
        Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
        Assert.Single(doc.QuerySelectorAll("main#main"));
        Assert.Equal("#main", doc.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("header"));
        Assert.NotNull(doc.QuerySelector("footer"));
    }

    [Fact]
    public async Task Get_Home_LatestNewsNewestFirstAndLogoWallWithSizes()
    {
        var doc = await _client.GetDocumentAsync("/en/");
        var news = factory.Snapshot().GetByContentType("newsItem").Where(n => n.IsPublishedIn("en-US"))
            .OrderByDescending(n => n.GetString("publishDate")).Select(n => factory.UrlOf(n, "en-US")).ToList();

        var shown = doc.QuerySelectorAll(".latest-news .news-card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(news.Take(shown.Count), shown);

        var logos = doc.QuerySelectorAll(".logo-wall img");
        Assert.NotEmpty(logos);
        Assert.All(logos, img =>
        {
            Assert.False(string.IsNullOrEmpty(img.GetAttribute("alt")));
            Assert.NotNull(img.GetAttribute("width"));
            Assert.NotNull(img.GetAttribute("height"));
        });
    }
}
