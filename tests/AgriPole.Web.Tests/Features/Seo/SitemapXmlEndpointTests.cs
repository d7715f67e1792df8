using System.Net;
using System.Xml.Linq;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Seo;

public class SitemapXmlEndpointTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Fact]
    public async Task Get_Sitemap_ListsExactlyThePublishedIndexablePages()
    {
        var expected = factory.Routes()
            .Where(r => r.Node.ContentType.Alias != "errorPage" && !r.Node.GetBoolean("noIndex"))
            .Select(r => "http://localhost" + r.Url)
            .Order(StringComparer.Ordinal)
            .ToList();

        using var response = await _client.GetAsync(new Uri("http://localhost/sitemap.xml"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var locs = xml.Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, locs);
        Assert.All(xml.Root.Elements(Sm + "url"), u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(Sm + "lastmod")!.Value));
    }

    [Fact]
    public async Task Get_Sitemap_EachBilingualPageCarriesBothAlternatesAndXDefault()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync(new Uri("http://localhost/sitemap.xml")));
        var home = xml.Root!.Elements(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value == "http://localhost/en/");
        var links = home.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);

        Assert.Equal("http://localhost/", links["fr"]);
        Assert.Equal("http://localhost/en/", links["en"]);
        Assert.Equal("http://localhost/", links["x-default"]);
    }

    [Fact]
    public async Task Get_RobotsTxt_AllowsAllButUmbracoAndPointsAtTheSitemap()
    {
        using var response = await _client.GetAsync(new Uri("http://localhost/robots.txt"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /umbraco/", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NoIndexOrErrorPage_HasNoIndexMetaAndIsNotInSitemap()
    {
        var errorPage = factory.Single("errorPage");
        var url = factory.UrlOf(errorPage, "fr-FR")!;

        var doc = await _client.GetDocumentAsync(url);
        var sitemap = await _client.GetStringAsync(new Uri("http://localhost/sitemap.xml"));

        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("<loc>http://localhost" + url + "</loc>", sitemap, StringComparison.Ordinal);
    }
}
