using AgriPole.Web.Features.Preview;

namespace AgriPole.Web.Tests.Features.Preview;

public sealed class PreviewEndpointTests
{
    [Theory]
    [InlineData("<a href=\"/\">", "<a href=\"/umbraco/preview/site?path=%2F\">")]
    [InlineData("<a href=\"/en/news/\">", "<a href=\"/umbraco/preview/site?path=%2Fen%2Fnews%2F\">")]
    [InlineData("<a href=\"/membres/?kind=company&amp;page=2\">", "<a href=\"/umbraco/preview/site?path=%2Fmembres%2F\">")]
    [InlineData("<a href=\"/actualites/#main\">", "<a href=\"/umbraco/preview/site?path=%2Factualites%2F\">")]
    public void RewriteSiteLinks_SitePaths_BecomePreviewLinks(string html, string expected) =>
        Assert.Equal(expected, PreviewEndpoint.RewriteSiteLinks(html));

    [Theory]
    [InlineData("<a href=\"/umbraco/content/edit/1\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"/css/site.css?v=abc\">")]
    [InlineData("<link rel=\"icon\" href=\"/favicon.svg\">")]
    [InlineData("<img src=\"/media/abc/photo.jpg\"><a href=\"/media/abc/doc/\">")]
    [InlineData("<a href=\"//evil.example/\">")]
    [InlineData("<a href=\"https://example.org/\">")]
    [InlineData("<a href=\"#main\">")]
    public void RewriteSiteLinks_BackOfficeFilesAndOtherSites_LeftAlone(string html) =>
        Assert.Equal(html, PreviewEndpoint.RewriteSiteLinks(html));
}
