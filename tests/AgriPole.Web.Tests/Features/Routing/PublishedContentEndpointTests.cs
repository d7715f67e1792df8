using System.Net;
using System.Net.Http.Headers;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Routing;

/// <summary>Read-only checks over the seeded site: nothing here changes content.</summary>
public class PublishedContentEndpointTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Fact]
    public async Task Get_EveryPublishedPageInEveryCulture_Answers200WithItsOwnHeadingAndLang()
    {
        var routes = factory.Routes();
        Assert.Contains(routes, r => r.Culture == "fr-FR" && r.Url == "/");
        Assert.Contains(routes, r => r.Culture == "en-US" && r.Url == "/en/");
        Assert.True(routes.Count >= 10, $"Only {routes.Count} routes published.");
        foreach (var route in routes)
        {
            var doc = await _client.GetDocumentAsync(route.Url);
            Assert.Equal(route.Culture[..2], doc.DocumentElement.GetAttribute("lang"));
            var h1 = doc.QuerySelector("main h1");
            Assert.True(h1 is not null, $"{route.Url} has no h1 in main.");
            Assert.Equal(factory.ExpectedHeading(route.Node, route.Culture), h1!.TextContent.Trim());
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), $"{route.Url} has no title.");
        }
    }

    [Fact]
    public async Task Get_EveryPage_HasAbsoluteSelfCanonicalAndOpenGraphUrl()
    {
        foreach (var route in factory.Routes())
        {
            var doc = await _client.GetDocumentAsync(route.Url);
            var expected = "http://localhost" + route.Url;
            Assert.Equal(expected, doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(expected, doc.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            Assert.Equal(route.Culture.Replace('-', '_'), doc.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
            Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
        }
    }

    [Fact]
    public async Task Get_PagePublishedInBothCultures_HreflangAlternatesPointAtEachOther()
    {
        var routes = factory.Routes();
        var pairs = routes.Where(r => r.Culture == "fr-FR")
            .Select(fr => (Fr: fr, En: routes.FirstOrDefault(en => en.Culture == "en-US" && en.Node.Key == fr.Node.Key)))
            .Where(p => p.En is not null)
            .ToList();
        Assert.NotEmpty(pairs);
        foreach (var (fr, en) in pairs)
        {
            foreach (var url in new[] { fr.Url, en!.Url })
            {
                var doc = await _client.GetDocumentAsync(url);
                string? Href(string lang) => doc.QuerySelector($"link[rel=alternate][hreflang='{lang}']")?.GetAttribute("href");
                Assert.Equal("http://localhost" + fr.Url, Href("fr"));
                Assert.Equal("http://localhost" + en.Url, Href("en"));
                Assert.Equal("http://localhost" + fr.Url, Href("x-default"));
            }
        }
    }

    [Fact]
    public async Task Get_LanguageSwitcher_TargetsTheSamePageInTheOtherLanguage()
    {
        var routes = factory.Routes();
        foreach (var route in routes)
        {
            var other = route.Culture == "fr-FR" ? "en-US" : "fr-FR";
            var expected = routes.FirstOrDefault(r => r.Culture == other && r.Node.Key == route.Node.Key);
            if (expected is null)
            {
                continue;
            }

            var doc = await _client.GetDocumentAsync(route.Url);
            var link = doc.QuerySelector("a.language-switch");
            Assert.NotNull(link);
            Assert.Equal(expected.Url, link!.GetAttribute("href"));
            Assert.Equal(other[..2], link.GetAttribute("hreflang"));
            Assert.Equal(other[..2], link.GetAttribute("lang"));
        }
    }

    [Theory]
    [InlineData("/this-page-does-not-exist/", "fr-FR")]
    [InlineData("/en/this-page-does-not-exist/", "en-US")]
    [InlineData("/en/nope/deeper/", "en-US")]
    public async Task Get_UnknownUrl_Returns404WithTheCulturesErrorPage(string url, string culture)
    {
        var errorPage = factory.Single("errorPage", culture);

        var doc = await _client.GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal(culture[..2], doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal(factory.ExpectedHeading(errorPage, culture), doc.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(doc.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/en/index.html")]
    [InlineData("/en/index.htm")]
    [InlineData("/default.aspx")]
    public async Task Get_FileStyleVariantOfAPage_IsNotServed(string url)
    {
        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/en", "/en/")]
    [InlineData("/EN/", "/en/")]
    [InlineData("/En", "/en/")]
    [InlineData("//en//", "/en/")]
    [InlineData("/en?x=1", "/en/?x=1")]
    public async Task Get_NonCanonicalHomeUrl_RedirectsPermanentlyToCanonical(string url, string expected)
    {
        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_NonCanonicalFormsOfEveryDeepPage_RedirectPermanentlyKeepingTheQuery()
    {
        foreach (var route in factory.Routes().Where(r => r.Url.Length > 4))
        {
            var trimmed = route.Url.TrimEnd('/');
            foreach (var variant in new[] { trimmed, route.Url.ToUpperInvariant(), route.Url.Replace("/", "//", StringComparison.Ordinal) })
            {
                using var response = await _client.GetAsync(new Uri("http://localhost" + variant + "?utm_source=test"));
                Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{variant}: {(int)response.StatusCode}");
                Assert.Equal(route.Url + "?utm_source=test", response.Headers.Location?.OriginalString);
            }
        }
    }

    [Theory]
    [InlineData("/umbraco/no-such-api")]
    [InlineData("/Umbraco/delivery/api/v2/nothing-here/")]
    public async Task Get_UnknownPathUnderUmbraco_Returns404ProblemDetails(string url)
    {
        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_Home_AnswersHeadersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/");
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(body);
    }

    [Fact]
    public async Task Post_Page_Returns405()
    {
        using var response = await _client.PostAsync(new Uri("http://localhost/en/"), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_SamePageTwice_SameETagAndIfNoneMatchGives304()
    {
        using var first = await _client.GetAsync(new Uri("http://localhost/en/"));
        using var second = await _client.GetAsync(new Uri("http://localhost/en/"));
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/en/");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await _client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Get_AcceptingBrotli_ServesCompressedCopyOfTheSamePage()
    {
        var plain = await _client.GetStringAsync(new Uri("http://localhost/"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await _client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var brotli = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        Assert.Equal(plain, await reader.ReadToEndAsync());
    }
}
