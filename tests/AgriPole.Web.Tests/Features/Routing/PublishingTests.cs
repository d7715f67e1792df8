using System.Net;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Routing;

/// <summary>Changes made through IContentService show on the site at once, drafts never; each test touches its own node.</summary>
public class PublishingTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Fact]
    public async Task Unpublish_Page_404sAndLeavesTheSitemapAtOnce_RepublishBringsItBack()
    {
        var node = factory.Routes().First(r => r.Node.GetBoolean("showInFooter") && factory.Snapshot().GetChildren(r.Node.Key).Count == 0).Node;
        var frUrl = factory.UrlOf(node, "fr-FR")!;
        var enUrl = factory.UrlOf(node, "en-US")!;
        await _client.GetDocumentAsync(frUrl);
        Assert.Contains("http://localhost" + frUrl + "<", await Sitemap(), StringComparison.Ordinal);

        var unpublished = await WithContentService(s => s.UnpublishAsync(node.Key, ["fr-FR"]));
        Assert.True(unpublished.Success, string.Join("; ", unpublished.Errors.Select(e => e.Code)));

        await _client.GetDocumentAsync(frUrl, HttpStatusCode.NotFound);
        await _client.GetDocumentAsync(enUrl, HttpStatusCode.NotFound);
        var sitemap = await Sitemap();
        Assert.DoesNotContain("http://localhost" + frUrl + "<", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("http://localhost" + enUrl + "<", sitemap, StringComparison.Ordinal);
        var home = await _client.GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == frUrl);

        var republished = await WithContentService(s => s.PublishAsync(node.Key, ["fr-FR", "en-US"]));
        Assert.True(republished.Success, string.Join("; ", republished.Errors.Select(e => e.Code)));

        await _client.GetDocumentAsync(frUrl);
        await _client.GetDocumentAsync(enUrl);
        Assert.Contains("http://localhost" + enUrl + "<", await Sitemap(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveThenPublish_NewTitle_DraftNeverShownPublishedShownAtOnce()
    {
        var node = factory.Single("newsItem", "en-US");
        var url = factory.UrlOf(node, "en-US")!;
        var oldTitle = factory.ExpectedHeading(node, "en-US");
        Assert.Equal(oldTitle, (await _client.GetDocumentAsync(url)).QuerySelector("main h1")?.TextContent.Trim());

        var item = await WithContentService(s => s.GetByIdAsync(node.Key));
        item!.Cultures["en-US"].Values["title"] = JsonSerializer.SerializeToElement("A freshly edited headline");
        var saved = await WithContentService(s => s.SaveAsync(item));
        Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => e.Code)));

        Assert.Equal(oldTitle, (await _client.GetDocumentAsync(url)).QuerySelector("main h1")?.TextContent.Trim());
        Assert.DoesNotContain("A freshly edited headline", await _client.GetStringAsync(new Uri("http://localhost/en/")), StringComparison.Ordinal);

        var published = await WithContentService(s => s.PublishAsync(node.Key, ["en-US"]));
        Assert.True(published.Success, string.Join("; ", published.Errors.Select(e => e.Code)));

        Assert.Equal("A freshly edited headline", (await _client.GetDocumentAsync(url)).QuerySelector("main h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Publish_PageWithScriptInItsName_IsEncodedEverywhere()
    {
        const string name = "<script>alert('xss')</script> Été & \"co\" <img src=x onerror=alert(1)>";
        var home = factory.Single("home");
        var item = new ContentItem
        {
            ContentTypeAlias = "contentPage",
            ParentKey = home.Key,
            InvariantValues = { ["showInMenu"] = JsonSerializer.SerializeToElement(true) },
            Cultures =
            {
                ["fr-FR"] = new ContentCultureVariation
                {
                    Culture = "fr-FR",
                    Name = name,
                    Values = { ["title"] = JsonSerializer.SerializeToElement(name), ["summary"] = JsonSerializer.SerializeToElement(name) },
                },
            },
        };
        var saved = await WithContentService(s => s.SaveAsync(item));
        Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => e.Code)));
        var published = await WithContentService(s => s.PublishAsync(saved.Value!.Key, ["fr-FR"]));
        Assert.True(published.Success, string.Join("; ", published.Errors.Select(e => e.Code)));
        var node = factory.Snapshot().GetById(saved.Value!.Key)!;
        var url = factory.UrlOf(node, "fr-FR")!;

        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        var html = await response.Content.ReadAsStringAsync();
        var doc = SiteClient.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(doc.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source)));
        Assert.Empty(doc.QuerySelectorAll("[onerror]"));
        Assert.Equal(name, doc.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(doc.QuerySelectorAll("#primary-nav a"), a => a.TextContent == name && a.GetAttribute("aria-current") == "page");
        Assert.Equal(name, doc.QuerySelector("nav.breadcrumbs [aria-current=page]")?.TextContent);
        Assert.StartsWith(name, doc.Title, StringComparison.Ordinal);

        // Published in French only: no English alternate, and the switcher falls back to the nearest English ancestor.
        Assert.Null(doc.QuerySelector("link[hreflang=en]"));
        Assert.Equal("/en/", doc.QuerySelector("a.language-switch")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Unknown_UrlWhenTheCultureHasNoErrorPage_Still404sWithABuiltInPage()
    {
        var errorPage = factory.Single("errorPage", "en-US");
        var result = await WithContentService(s => s.UnpublishAsync(errorPage.Key, ["en-US"]));
        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Code)));

        var doc = await _client.GetDocumentAsync("/en/gone-for-good/", HttpStatusCode.NotFound);

        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", doc.QuerySelector("h1")?.TextContent);
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    private async Task<T> WithContentService<T>(Func<IContentService, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentService>());
    }

    private Task<string> Sitemap() => _client.GetStringAsync(new Uri("http://localhost/sitemap.xml"));
}
