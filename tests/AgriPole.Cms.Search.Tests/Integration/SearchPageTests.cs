using System.Net;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Testing;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Search.Tests.Integration;

/// <summary>The search page of the real app, French at /recherche/ and English at /en/search/, read as HTML.</summary>
public sealed class SearchPageTests : IClassFixture<SearchPageTests.App>
{
    private readonly App _app;

    public SearchPageTests(App app) => _app = app;

    [Theory]
    [InlineData("/recherche/", "Rechercher sur le site", "Saisissez un ou plusieurs mots à rechercher.")]
    [InlineData("/en/search/", "Search the site", "Enter one or more words to search for.")]
    public async Task Get_NoQuery_AccessibleFormAndEmptyState(string url, string label, string emptyText)
    {
        var doc = await GetAsync(url);

        var form = doc.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(url, form.GetAttribute("action"));
        var input = form.QuerySelector("input[type=search][name=q]")!;
        Assert.Equal(label, form.QuerySelector($"label[for={input.Id}]")!.TextContent);
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Contains(emptyText, doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".search-hits"));
    }

    [Fact]
    public async Task Get_FrenchQueryWithoutAccents_ResultsWithLinksUrlsAndMarkedSnippets()
    {
        var doc = await GetAsync("/recherche/?q=adherer");

        Assert.Equal("adherer", doc.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Matches(@"^\d+ résultat\(s\)$", doc.QuerySelector(".search-count")!.TextContent.Trim());
        var first = doc.QuerySelector(".search-hits > li")!;
        Assert.Equal("/pourquoi-adherer/", first.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.EndsWith("/pourquoi-adherer/", first.QuerySelector(".search-hit-url")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(doc.QuerySelectorAll(".search-hit-snippet mark"));
        Assert.All(doc.QuerySelectorAll(".search-hit-snippet *"), e => Assert.Equal("MARK", e.TagName));
    }

    [Fact]
    public async Task Get_EnglishStemmedQuery_EnglishResults()
    {
        var doc = await GetAsync("/en/search/?q=joined");

        var links = doc.QuerySelectorAll(".search-hits h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("/en/", l, StringComparison.Ordinal));
        Assert.Contains("/en/why-join/", links);
    }

    [Fact]
    public async Task Get_FacetFilter_OnlyThatTypeAndCurrentFacetMarked()
    {
        var all = await GetAsync("/recherche/?q=p%C3%B4le");
        var facetLinks = all.QuerySelectorAll(".search-facets a").ToList();
        Assert.True(facetLinks.Count >= 2);
        Assert.Equal("true", facetLinks[0].GetAttribute("aria-current"));
        var newsFacet = facetLinks.First(a => a.GetAttribute("href")!.Contains("type=newsItem", StringComparison.Ordinal));

        var news = await GetAsync(newsFacet.GetAttribute("href")!);

        Assert.Equal("true", news.QuerySelector(".search-facets a[href*='type=newsItem']")!.GetAttribute("aria-current"));
        Assert.All(news.QuerySelectorAll(".search-hits h3 a"), a => Assert.StartsWith("/actualites/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("newsItem", news.QuerySelector("form[role=search] input[name=type]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Misspelt_SuggestionLinkAndFuzzyResults()
    {
        var doc = await GetAsync("/recherche/?q=comp%C3%A9titivt%C3%A9");

        var suggestion = doc.QuerySelector(".search-did-you-mean a")!;
        Assert.Equal("compétitivité", suggestion.TextContent);
        Assert.Equal("/recherche/?q=comp%C3%A9titivit%C3%A9", suggestion.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_NothingFound_EmptyStateWithAdvice()
    {
        var doc = await GetAsync("/recherche/?q=zzxqwv");

        Assert.Contains("Aucun résultat pour « zzxqwv ».", doc.QuerySelector(".search-no-results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("vérifiez l'orthographe", doc.QuerySelector(".search-no-results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ManyResults_PaginationNavWithCurrentPage()
    {
        var doc = await GetAsync("/recherche/?q=p%C3%B4le&page=2");

        var nav = doc.QuerySelector("nav.pagination")!;
        Assert.Equal("Pagination des résultats", nav.GetAttribute("aria-label"));
        Assert.Equal("2", nav.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.NotNull(nav.QuerySelector("a[rel=prev]"));
    }

    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("AND(")]
    [InlineData("*")]
    [InlineData("%22")]
    [InlineData("title_fr-fr%3Ax")]
    [InlineData("adh%C3%A9rer&page=-1&type=%3Cb%3E")]
    [InlineData("x&page=99999999999999")]
    public async Task Get_HostileQuery_200AndEchoEncoded(string query)
    {
        using var client = _app.Factory.CreateClient();

        var response = await client.GetAsync(new Uri($"/recherche/?q={query}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_10KbQuery_200()
    {
        var doc = await GetAsync("/recherche/?q=" + new string('a', 10_000));

        Assert.Equal(200, doc.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
    }

    private async Task<IDocument> GetAsync(string url)
    {
        await _app.ReadyAsync();
        using var client = _app.Factory.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public sealed class App : IDisposable
    {
        public AgriPoleApplicationFactory Factory { get; } = new();

        public Task ReadyAsync() => Factory.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));

        public void Dispose() => Factory.Dispose();
    }
}
