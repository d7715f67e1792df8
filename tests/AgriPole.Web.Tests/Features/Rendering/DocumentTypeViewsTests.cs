using System.Text.Json;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Rendering;

/// <summary>What each document type view shows, checked against the stored values of the seeded nodes.</summary>
public class DocumentTypeViewsTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task Get_PolicyPageWithOrientations_ListsThemNumberedInOrder(string culture)
    {
        var page = factory.Snapshot().GetByContentType("policyPage").First(p => Blocks(p, "orientations", culture).Count > 0);
        var expected = Blocks(page, "orientations", culture)
            .Select(b => (Number: b.GetProperty("values").GetProperty("number").GetInt32(), Title: b.GetProperty("values").GetProperty("title").GetString()))
            .OrderBy(b => b.Number)
            .ToList();

        var doc = await _client.GetDocumentAsync(factory.UrlOf(page, culture)!);
        var items = doc.QuerySelectorAll("ol.orientation-list > li").Select(li => (Number: int.Parse(li.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture), Title: li.QuerySelector("h3")?.TextContent)).ToList();

        Assert.Equal(expected, items);
    }

    [Fact]
    public async Task Get_PagesWithSections_RenderEachBlockThroughItsView()
    {
        var checkedAny = false;
        foreach (var route in factory.Routes())
        {
            var blocks = Blocks(route.Node, "sections", route.Culture);
            if (blocks.Count == 0)
            {
                continue;
            }

            var doc = await _client.GetDocumentAsync(route.Url);
            var ctas = blocks.Count(b => b.GetProperty("contentType").GetString() == "callToActionBlock");
            var texts = blocks.Count(b => b.GetProperty("contentType").GetString() == "richTextBlock");
            Assert.Equal(ctas, doc.QuerySelectorAll("main .block-cta").Length);
            Assert.Equal(texts, doc.QuerySelectorAll("main .block-rich-text").Length);
            checkedAny = true;
        }

        Assert.True(checkedAny);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task Get_NewsItem_ShowsDateImageWithSizesAndAltAndOpenGraphImage(string culture)
    {
        var item = factory.Snapshot().GetByContentType("newsItem").First(n => n.IsPublishedIn(culture) && n.GetValue("image") is not null);
        var doc = await _client.GetDocumentAsync(factory.UrlOf(item, culture)!);

        var date = DateTime.Parse(item.GetString("publishDate")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), doc.QuerySelector("main time")?.GetAttribute("datetime"));
        var img = doc.QuerySelector("main img.news-image");
        Assert.NotNull(img);
        Assert.StartsWith("/media/", img!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Matches(@"^\d+$", img.GetAttribute("width"));
        Assert.Matches(@"^\d+$", img.GetAttribute("height"));
        Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        // The page shows a rendition (src has a query); Open Graph names the original file.
        Assert.Equal("http://localhost" + img.GetAttribute("src")!.Split('?')[0], doc.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task Get_SitemapPage_LinksEveryPublishedPageOfTheCultureButTheErrorPage(string culture)
    {
        var sitemapPage = factory.Single("sitemapPage", culture);
        var expected = factory.Routes().Where(r => r.Culture == culture && r.Node.ContentType.Alias != "errorPage")
            .Select(r => r.Url).Order(StringComparer.Ordinal).ToList();

        var doc = await _client.GetDocumentAsync(factory.UrlOf(sitemapPage, culture)!);
        var links = doc.QuerySelectorAll("main .sitemap-tree a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, links);
    }

    [Fact]
    public async Task Get_RichTextBody_IsRenderedAsStoredMarkup()
    {
        var page = factory.Single("policyPage");
        var body = page.GetString("body", "fr-FR")!;
        var doc = await _client.GetDocumentAsync(factory.UrlOf(page, "fr-FR")!);

        var stored = SiteClient.Parse("<div>" + body + "</div>").Body!.FirstElementChild!.InnerHtml;
        Assert.Equal(stored, doc.QuerySelector("main .rich-text")?.InnerHtml);
    }

    private static List<JsonElement> Blocks(PublishedContent node, string alias, string culture) =>
        node.GetValue(alias, culture) is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray()] : [];
}
