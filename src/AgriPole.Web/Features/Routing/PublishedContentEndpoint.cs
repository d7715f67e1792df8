using System.Text;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.Features.Caching;
using AgriPole.Web.Features.Navigation;
using AgriPole.Web.Features.Rendering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Web.Features.Routing;

/// <summary>
/// The catch-all endpoint of the public site: canonicalises the path, resolves it on the request's snapshot and renders
/// the node's document type view, or the culture's 404 page.
/// </summary>
public sealed class PublishedContentEndpoint(
    IPublishedSnapshotAccessor snapshotAccessor,
    IPublishedUrlProvider urls,
    ICmsDefinitions definitions,
    NavigationCache navigation,
    PageOutputCache outputCache,
    PageRenderer renderer,
    SiteBaseUrl siteBaseUrl,
    IOptions<PublicSiteSettings> settings,
    IEnumerable<IQueryPageCachePolicy> queryPagePolicies)
{
    private readonly Dictionary<string, IQueryPageCachePolicy> _queryPagePolicies =
        queryPagePolicies.ToDictionary(p => p.ContentTypeAlias, StringComparer.OrdinalIgnoreCase);

    private static readonly StringValues HtmlContentType = "text/html; charset=utf-8";
    private static readonly StringValues NoCache = "no-cache";
    private static readonly StringValues PrivateNoStore = "private, no-store";
    private static readonly StringValues AcceptEncoding = "Accept-Encoding";
    private static readonly StringValues AllowedMethods = "GET, HEAD";
    private static readonly PathString ReservedPath = "/umbraco";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = AllowedMethods;
            return;
        }

        // /umbraco/ is reserved for the back-office and APIs (as in Umbraco): an unknown path there is an API 404
        // (ProblemDetails through the status code pages), never a content page.
        if (request.Path.StartsWithSegments(ReservedPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // One snapshot for the whole request, so a publish never shows half-done.
        var snapshot = snapshotAccessor.Current;
        var path = request.Path.Value ?? "/";
        var host = request.Host.Host;
        var cacheable = !request.QueryString.HasValue;
        var key = new PageCacheKey(request.IsHttps, request.Host.Value ?? string.Empty, path);
        if (cacheable && outputCache.TryGet(snapshot, key, out var hit))
        {
            await WriteAsync(context, hit, cacheable: true);
            return;
        }

        if (CanonicalPath.IsFileLike(path))
        {
            await NotFoundAsync(context, snapshot, path);
            return;
        }

        var canonical = CanonicalPath.Normalize(path);
        var match = urls.Resolve(snapshot, host, canonical);
        var node = match.Node;
        var url = node is not null && node.IsPublishedIn(match.Culture) ? urls.GetUrl(snapshot, node, match.Culture) : null;
        if (node is null || url is null)
        {
            await NotFoundAsync(context, snapshot, canonical);
            return;
        }

        if (!string.Equals(url, path, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = request.PathBase.Add(new PathString(url)).ToUriComponent() + request.QueryString.ToUriComponent();
            return;
        }

        // A page with a query string is cached only when its type says what else it depends on (search: the index).
        if (!cacheable && _queryPagePolicies.TryGetValue(node.ContentType.Alias, out var policy) && policy.GetVersionToken() is { } token)
        {
            cacheable = true;
            key = key with { Path = string.Concat(path, request.QueryString.Value, "#", token) };
            if (outputCache.TryGet(snapshot, key, out var queryHit))
            {
                await WriteAsync(context, queryHit, cacheable: true);
                return;
            }
        }

        var language = definitions.GetLanguage(match.Culture) ?? definitions.DefaultLanguage;
        var model = CreateModel(context, snapshot, node, language, StatusCodes.Status200OK);
        var html = await renderer.RenderAsync(context, model);
        cacheable &= !context.Items.ContainsKey(PageRenderer.NotCacheableItemKey);
        var page = new CachedPage(Encoding.UTF8.GetBytes(html), StatusCodes.Status200OK);
        if (cacheable)
        {
            outputCache.Set(snapshot, key, page);
        }

        await WriteAsync(context, page, cacheable);
    }

    private async Task NotFoundAsync(HttpContext context, IPublishedSnapshot snapshot, string path)
    {
        var culture = urls.GetBinding(context.Request.Host.Host, path).Culture;

        // Every unknown URL of a culture gets the same page, so one cache entry per culture serves them all.
        var key = new PageCacheKey(context.Request.IsHttps, context.Request.Host.Value ?? string.Empty, "404:" + culture);
        if (outputCache.TryGet(snapshot, key, out var hit))
        {
            await WriteAsync(context, hit, cacheable: false);
            return;
        }

        var errorPage = navigation.Get(snapshot, culture).ErrorPage;
        CachedPage page;
        var cacheable = true;
        if (errorPage is null)
        {
            page = new CachedPage(BuiltInNotFound(culture), StatusCodes.Status404NotFound);
        }
        else
        {
            var language = definitions.GetLanguage(culture) ?? definitions.DefaultLanguage;
            var model = CreateModel(context, snapshot, errorPage, language, StatusCodes.Status404NotFound);
            var html = await renderer.RenderAsync(context, model);
            cacheable = !context.Items.ContainsKey(PageRenderer.NotCacheableItemKey);
            page = new CachedPage(Encoding.UTF8.GetBytes(html), StatusCodes.Status404NotFound);
        }

        if (cacheable)
        {
            outputCache.Set(snapshot, key, page);
        }

        await WriteAsync(context, page, cacheable: false);
    }

    private PageViewModel CreateModel(HttpContext context, IPublishedSnapshot snapshot, PublishedContent node, Cms.Core.Models.Language language, int status)
    {
        var request = context.Request;
        return new PageViewModel(snapshot, node, language, urls, definitions, navigation, siteBaseUrl.For(request), settings.Value.SiteName, request.Query, status);
    }

    private static byte[] BuiltInNotFound(string culture) => Encoding.UTF8.GetBytes(
        culture.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"><title>Page not found</title></head><body><main><h1>Page not found</h1><p><a href=\"/en/\">Home</a></p></main></body></html>"
            : "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"><title>Page introuvable</title></head><body><main><h1>Page introuvable</h1><p><a href=\"/\">Accueil</a></p></main></body></html>");

    private static Task WriteAsync(HttpContext context, CachedPage page, bool cacheable)
    {
        var response = context.Response;
        var headers = response.Headers;
        response.StatusCode = page.StatusCode;
        headers.ContentType = HtmlContentType;
        var body = page.Body;
        if (cacheable)
        {
            // Browsers revalidate every time (a publish must show at once); the ETag makes that a 304.
            headers.CacheControl = NoCache;
            headers.ETag = page.ETag;
            headers.Vary = AcceptEncoding;
            if (page.StatusCode == StatusCodes.Status200OK && IfNoneMatch(context.Request, page.ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            switch (PickEncoding(context.Request.Headers.AcceptEncoding))
            {
                case "br":
                    body = page.Brotli;
                    headers.ContentEncoding = "br";
                    break;
                case "gzip":
                    body = page.Gzip;
                    headers.ContentEncoding = "gzip";
                    break;
            }
        }
        else
        {
            headers.CacheControl = PrivateNoStore;
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, 0, body.Length);
    }

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        var values = request.Headers.IfNoneMatch;
        if (values.Count == 0)
        {
            return false;
        }

        return EntityTagHeaderValue.TryParseList(values, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || string.Equals(t.Tag.Value, etag, StringComparison.Ordinal));
    }

    private static string? PickEncoding(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var values))
        {
            return null;
        }

        string? best = null;
        foreach (var v in values)
        {
            if (v.Quality is 0)
            {
                continue;
            }

            if (v.Value.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                return "br";
            }

            if (v.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                best = "gzip";
            }
        }

        return best;
    }
}
