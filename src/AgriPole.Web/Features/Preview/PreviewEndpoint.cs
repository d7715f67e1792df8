using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.Features.Navigation;
using AgriPole.Web.Features.Rendering;
using AgriPole.Web.Features.Routing;
using Microsoft.Extensions.Options;

namespace AgriPole.Web.Features.Preview;

/// <summary>
/// Umbraco's <c>/umbraco/preview</c>: drafts rendered by the public site's own document-type views and layout (nav,
/// breadcrumbs, footer of the culture), all built from one preview snapshot, with a banner in the editor's language.
/// Hosted here rather than in the back-office because the back-office must not depend on the site; only back-office
/// users reach it (the back-office cookie's path is /umbraco). Never output-cached, never indexed.
/// </summary>
public sealed partial class PreviewEndpoint(
    IPublishedSnapshotService snapshots,
    IPublishedUrlProvider urls,
    ICmsDefinitions definitions,
    NavigationCache navigation,
    PageRenderer renderer,
    SiteBaseUrl siteBaseUrl,
    IOptions<PublicSiteSettings> settings)
{
    public const string BasePath = "/umbraco/preview";

    /// <summary>Preview of any site path (?path=/en/news/): where the links of a previewed page lead.</summary>
    public const string SitePath = BasePath + "/site";

    public static void Map(WebApplication app)
    {
        string[] getHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(BasePath + "/{key:guid}", getHead, (HttpContext context, Guid key, string? culture, PreviewEndpoint endpoint) =>
                endpoint.HandleByKeyAsync(context, key, culture))
            .RequireAuthorization(BackOfficePolicies.Access);
        app.MapMethods(SitePath, getHead, (HttpContext context, string? path, PreviewEndpoint endpoint) =>
                endpoint.HandleByPathAsync(context, path))
            .RequireAuthorization(BackOfficePolicies.Access);
    }

    public async Task HandleByKeyAsync(HttpContext context, Guid key, string? culture)
    {
        MarkPrivate(context.Response);
        var language = definitions.GetLanguage(culture ?? string.Empty) ?? definitions.DefaultLanguage;
        var snapshot = await snapshots.CreatePreviewSnapshotAsync(context.RequestAborted);
        var node = snapshot.GetById(key);

        // In a preview snapshot "published in" means "has a draft in": a culture never created has nothing to show.
        if (node is null || node.ContentType.IsElement || !node.IsPublishedIn(language.IsoCode))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await RenderAsync(context, snapshot, node, language);
    }

    public async Task HandleByPathAsync(HttpContext context, string? path)
    {
        MarkPrivate(context.Response);
        var sitePath = path ?? "/";
        var query = sitePath.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            sitePath = sitePath[..query];
        }

        if (!sitePath.StartsWith('/') || sitePath.StartsWith("//", StringComparison.Ordinal) || CanonicalPath.IsFileLike(sitePath))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var snapshot = await snapshots.CreatePreviewSnapshotAsync(context.RequestAborted);
        var match = urls.Resolve(snapshot, context.Request.Host.Host, CanonicalPath.Normalize(sitePath));
        if (match.Node is not { } node || !node.IsPublishedIn(match.Culture))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await RenderAsync(context, snapshot, node, definitions.GetLanguage(match.Culture) ?? definitions.DefaultLanguage);
    }

    /// <summary>
    /// Site links of the rendered page ("/en/news/") become preview links, so an editor can follow them to other
    /// drafts; back-office, media and static file links are left alone.
    /// </summary>
    public static string RewriteSiteLinks(string html) => SiteHref().Replace(html, m =>
    {
        var url = WebUtility.HtmlDecode(m.Groups[1].Value);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        var pathPart = query >= 0 ? url[..query] : url;
        var fragment = pathPart.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            pathPart = pathPart[..fragment];
        }

        if (pathPart.Length == 0
            || pathPart.StartsWith("/umbraco", StringComparison.OrdinalIgnoreCase)
            || pathPart.StartsWith("/media/", StringComparison.OrdinalIgnoreCase)
            || CanonicalPath.IsFileLike(pathPart))
        {
            return m.Value;
        }

        return $"href=\"{SitePath}?path={Uri.EscapeDataString(pathPart)}\"";
    });

    private async Task RenderAsync(HttpContext context, IPublishedSnapshot snapshot, PublishedContent node, Language language)
    {
        var text = BackOfficeText.For(context.User);
        var request = context.Request;
        var model = new PageViewModel(snapshot, node, language, urls, definitions, navigation, siteBaseUrl.For(request), settings.Value.SiteName, request.Query)
        {
            Preview = new PreviewBanner(text["preview.banner"], text.Lang, text["preview.backToEditor"], $"/umbraco/content/edit/{node.Key}"),
        };
        var html = RewriteSiteLinks(await renderer.RenderAsync(context, model));
        var body = Encoding.UTF8.GetBytes(html);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static void MarkPrivate(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store, private";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    [GeneratedRegex("href=\"(/(?!/)[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex SiteHref();
}
