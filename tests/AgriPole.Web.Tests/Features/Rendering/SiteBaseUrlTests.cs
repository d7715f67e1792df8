using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Rendering;

/// <summary>With AgriPole:Site:BaseUrl set, a forged Host header never reaches absolute links.</summary>
public class SiteBaseUrlTests(SiteBaseUrlTests.ConfiguredBaseUrlFactory factory) : IClassFixture<SiteBaseUrlTests.ConfiguredBaseUrlFactory>
{
    private const string Origin = "https://www.agripole.example";

    [Fact]
    public async Task Get_WithForgedHost_CanonicalHreflangSitemapAndRobotsUseTheConfiguredOrigin()
    {
        var client = factory.CreateSiteClient();
        async Task<string> Get(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            using var response = await client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        var doc = SiteClient.Parse(await Get("/en/"));
        var sitemap = await Get("/sitemap.xml");
        var robots = await Get("/robots.txt");

        Assert.Equal(Origin + "/en/", doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(Origin + "/", doc.QuerySelector("link[hreflang=fr]")?.GetAttribute("href"));
        Assert.Contains("<loc>" + Origin + "/en/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: " + Origin + "/sitemap.xml", robots, StringComparison.Ordinal);
    }

    public sealed class ConfiguredBaseUrlFactory : AgriPoleApplicationFactory
    {
        public ConfiguredBaseUrlFactory() => Settings["AgriPole:Site:BaseUrl"] = Origin + "/";
    }
}
