using AgriPole.Cms.Search.Tests.Support;
using AgriPole.Web.Features.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AgriPole.Cms.Search.Tests.Web;

public sealed class SearchPageBuilderTests : IClassFixture<SearchPageBuilderTests.CorpusIndex>
{
    private readonly IndexFixture _index;

    public SearchPageBuilderTests(CorpusIndex corpus) => _index = corpus.Fixture;

    [Fact]
    public void Build_NoQuery_EmptyStateWithoutSearching()
    {
        var page = Build(new());

        Assert.False(page.HasQuery);
        Assert.Empty(page.Results.Hits);
        Assert.Empty(page.Facets);
    }

    [Fact]
    public void Build_Query_FacetLinksWithAllFirstAndCurrentMarked()
    {
        var page = Build(new() { ["q"] = "laboratoire", ["type"] = "member" });

        Assert.Equal("member", page.ContentType);
        Assert.Equal(string.Empty, page.Facets[0].Text);
        Assert.Equal("/recherche/?q=laboratoire", page.Facets[0].Url);
        Assert.False(page.Facets[0].IsCurrent);
        var member = Assert.Single(page.Facets, f => f.Url == "/recherche/?q=laboratoire&type=member");
        Assert.True(member.IsCurrent);
    }

    [Fact]
    public void Build_UnknownOrElementType_FilterIgnored()
    {
        Assert.Null(Build(new() { ["q"] = "pôle", ["type"] = "<script>" }).ContentType);
        Assert.Null(Build(new() { ["q"] = "pôle", ["type"] = "richTextBlock" }).ContentType);
    }

    [Fact]
    public void Build_SeveralPages_NumberedLinksPreviousNextAndCurrent()
    {
        var page = Build(new() { ["q"] = "exemple", ["page"] = "2" }, pageSize: 1);

        Assert.Equal(["1", "2", "3"], page.Pages.Select(p => p.Text));
        Assert.True(page.Pages[1].IsCurrent);
        Assert.Equal("/recherche/?q=exemple", page.PreviousPageUrl);
        Assert.Equal("/recherche/?q=exemple&page=3", page.NextPageUrl);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("99999999999")]
    public void Build_BadPageNumber_NoError(string pageNumber)
    {
        var page = Build(new() { ["q"] = "pôle", ["page"] = pageNumber });

        Assert.True(page.HasQuery);
    }

    [Fact]
    public void Build_LongQuery_EchoCut()
    {
        var page = Build(new() { ["q"] = new string('x', 5000) });

        Assert.Equal(200, page.Query.Length);
    }

    [Fact]
    public void Build_Misspelt_SuggestionLinks()
    {
        var page = Build(new() { ["q"] = "captuers" });

        var suggestion = Assert.Single(page.Suggestions);
        Assert.Equal("capteurs", suggestion.Text);
        Assert.Equal("/recherche/?q=capteurs", suggestion.Url);
    }

    [Theory]
    [InlineData("pôle & co", null, 1, "/recherche/?q=p%C3%B4le%20%26%20co")]
    [InlineData("a\"<b>", "newsItem", 2, "/recherche/?q=a%22%3Cb%3E&type=newsItem&page=2")]
    public void Link_Values_Escaped(string text, string? type, int page, string expected) =>
        Assert.Equal(expected, SearchPageBuilder.Link("/recherche/", text, type, page));

    [Fact]
    public void FormatWithLink_EncodesDictionaryTextAndLink()
    {
        var html = SearchPageHtml.FormatWithLink("Vouliez-vous dire <b>{0}</b> ?", "x\"<y>", "/recherche/?q=x&a=\"");
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("Vouliez-vous dire &lt;b&gt;<a href=\"/recherche/?q=x&amp;a=&quot;\">x&quot;&lt;y&gt;</a>&lt;/b&gt; ?", writer.ToString());
    }

    private AgriPole.Web.Features.Search.SearchPageViewModel Build(Dictionary<string, StringValues> query, int pageSize = 10)
        => SearchPageBuilder.Build(_index.Search, TestDefinitions.Instance, "fr-FR", "/recherche/", new QueryCollection(query), pageSize);

    public sealed class CorpusIndex : IDisposable
    {
        public IndexFixture Fixture { get; } = new IndexFixture().With(SiteCorpus.Snapshot());

        public void Dispose() => Fixture.Dispose();
    }
}
