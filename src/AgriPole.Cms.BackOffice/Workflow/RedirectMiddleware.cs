using AgriPole.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.BackOffice.Workflow;

/// <summary>
/// Before the public site answers 404: a GET for a URL that no published page has, but that a page used to have,
/// gets a 301 to the page's current URL (query string kept).
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next, RedirectCache cache, IPublishedSnapshotAccessor snapshots, IPublishedUrlProvider urls)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && path is { Length: > 0 and < 1000 }
            && !request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase)
            && !Path.HasExtension(path)
            && await cache.FindAsync(path, context.RequestAborted) is { } redirect)
        {
            var snapshot = snapshots.Current;
            if (urls.Resolve(snapshot, request.Host.Host, path).Node is null
                && snapshot.GetById(redirect.ContentKey) is { } target
                && urls.GetUrl(snapshot, target, redirect.Culture) is { } location
                && !string.Equals(RedirectCache.Normalise(location), RedirectCache.Normalise(path), StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = location + request.QueryString.Value;
                return;
            }
        }

        await next(context);
    }
}
