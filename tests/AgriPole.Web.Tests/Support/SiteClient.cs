using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Support;

/// <summary>A published page in one culture, as the crawl sees it.</summary>
public sealed record PageRoute(PublishedContent Node, string Culture, string Url);

/// <summary>Helpers over the real app: a client that does not follow redirects, HTML parsing, the tree to crawl.</summary>
public static class SiteClient
{
    private static readonly HtmlParser Parser = new();

    public static HttpClient CreateSiteClient(this AgriPoleApplicationFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri("http://localhost" + url));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return Parse(html);
    }

    public static IPublishedSnapshot Snapshot(this AgriPoleApplicationFactory factory) =>
        factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;

    /// <summary>Every (node, culture) with a URL in the current snapshot.</summary>
    public static List<PageRoute> Routes(this AgriPoleApplicationFactory factory)
    {
        var snapshot = factory.Snapshot();
        var urls = factory.Services.GetRequiredService<IPublishedUrlProvider>();
        var definitions = factory.Services.GetRequiredService<ICmsDefinitions>();
        var routes = new List<PageRoute>();
        foreach (var node in snapshot.All)
        {
            foreach (var language in definitions.Languages)
            {
                if (node.IsPublishedIn(language.IsoCode) && urls.GetUrl(snapshot, node, language.IsoCode) is { } url)
                {
                    routes.Add(new PageRoute(node, language.IsoCode, url));
                }
            }
        }

        return routes;
    }

    public static string? UrlOf(this AgriPoleApplicationFactory factory, PublishedContent node, string culture) =>
        factory.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(factory.Snapshot(), node, culture);

    /// <summary>The heading the views put in h1: the member's organisation name, else the title (with language fallback), else the name.</summary>
    public static string ExpectedHeading(this AgriPoleApplicationFactory factory, PublishedContent node, string culture)
    {
        var fallback = factory.Services.GetRequiredService<ICmsDefinitions>().GetLanguage(culture)?.FallbackIsoCode;
        var heading = node.ContentType.Alias == "member" ? node.GetString("organisationName") : node.GetString("title", culture, fallback);
        return string.IsNullOrEmpty(heading) ? node.GetName(culture)! : heading;
    }

    public static PublishedContent Single(this AgriPoleApplicationFactory factory, string contentTypeAlias, string culture = "fr-FR") =>
        factory.Snapshot().GetByContentType(contentTypeAlias).First(n => n.IsPublishedIn(culture) && factory.UrlOf(n, culture) is not null);
}
