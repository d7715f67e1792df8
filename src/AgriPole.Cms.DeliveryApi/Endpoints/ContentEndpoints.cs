using System.Text.Json;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Access;
using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Rendering;
using AgriPole.Cms.DeliveryApi.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>GET content/item/{id}, content/item/{*path}, content/items?id=, content?fetch=&amp;filter=&amp;sort=.</summary>
public sealed class ContentEndpoints(
    DeliveryApiRequestFactory requests,
    ContentQueryService queries,
    IPublishedUrlProvider urlProvider,
    DeliveryApiOutputCache outputCache,
    IOptionsMonitor<DeliveryApiSettings> settingsMonitor)
{
    public Task ByIdAsync(HttpContext http)
    {
        var id = Guid.Parse((string)http.Request.RouteValues["id"]!);
        return HandleAsync(http, null, (context, expand, fields) =>
        {
            var content = ContentRouting.GetAvailable(context, id);
            if (content is null)
            {
                return null;
            }

            // The plain form of a published item is rendered once per snapshot and culture.
            return expand is null && fields is null && !context.IsPreview
                ? SnapshotRenderCache.GetOrAdd(context.Snapshot, id, context.Culture, () => RenderItem(context, content, null, null))
                : RenderItem(context, content, expand, fields);
        });
    }

    public Task ByPathAsync(HttpContext http)
    {
        var path = http.Request.RouteValues["path"] as string ?? string.Empty;

        // Generated clients encode "/" as %2F, which routing leaves encoded.
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase))
        {
            path = Uri.UnescapeDataString(path);
        }

        path = "/" + path.TrimStart('/');
        var requested = requests.GetRequestedCulture(http.Request);
        string? domainCulture = null;
        var route = path;
        if (requested is null)
        {
            // No Accept-Language: the culture and host bindings (e.g. "/en/...") choose the culture, as Umbraco's domains do.
            var binding = urlProvider.GetBinding(http.Request.Host.Host, path);
            domainCulture = binding.Culture;
            var prefix = binding.PathPrefix.TrimEnd('/');
            if (prefix.Length > 0 && path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (path.Length == prefix.Length || path[prefix.Length] == '/'))
            {
                route = path[prefix.Length..];
            }
        }

        return HandleAsync(http, domainCulture, (context, expand, fields) =>
        {
            var content = ContentRouting.ResolvePath(context, route, context.StartItem);
            if (content is null || !ContentRouting.IsAvailable(context, content, context.Culture))
            {
                return null;
            }

            return RenderItem(context, content, expand, fields);
        });
    }

    public Task ItemsAsync(HttpContext http)
    {
        if (!QueryParameters.TryGetIds(http.Request, out var ids, out var error))
        {
            return DeliveryApiResponses.ValidationProblemAsync(http, "id", error!);
        }

        return HandleAsync(http, null, (context, expand, fields) => JsonRenderer.Render(writer =>
        {
            writer.WriteStartArray();
            foreach (var id in ids)
            {
                if (ContentRouting.GetAvailable(context, id) is { } content)
                {
                    ContentJsonWriter.WriteContentResponse(writer, context, content, expand, fields);
                }
            }

            writer.WriteEndArray();
        }));
    }

    public Task QueryAsync(HttpContext http)
    {
        if (!QueryParameters.TryGetQuery(http.Request, out var query, out var invalid, out var error))
        {
            return DeliveryApiResponses.ValidationProblemAsync(http, invalid!, error!);
        }

        ContentQueryStatus failure = ContentQueryStatus.Success;
        var incomplete = false;
        return HandleAsync(
            http,
            null,
            (context, expand, fields) =>
            {
                var queryContext = new ContentQueryContext(context);
                var result = queries.Execute(queryContext, query.Fetch, query.Filters, query.Sorts, query.Skip, query.Take);
                incomplete = queryContext.Incomplete;
                if (result.Status != ContentQueryStatus.Success)
                {
                    failure = result.Status;
                    return null;
                }

                return DeliveryApiResponses.RenderPaged(result.Total, result.Items, (writer, content) => ContentJsonWriter.WriteContentResponse(writer, context, content, expand, fields));
            },
            () => failure == ContentQueryStatus.Success
                ? DeliveryApiResponses.ProblemAsync(http, StatusCodes.Status404NotFound)
                : DeliveryApiResponses.QueryProblemAsync(http, failure),
            () => !incomplete);
    }

    public static RenderedResponse RenderItem(DeliveryApiContext context, PublishedContent content, PropertySpec? expand, PropertySpec? fields) =>
        JsonRenderer.Render(writer => ContentJsonWriter.WriteContentResponse(writer, context, content, expand, fields));

    // Umbraco's filter order: access (401), culture, start item (404), then the action.
    private async Task HandleAsync(
        HttpContext http,
        string? domainCulture,
        Func<DeliveryApiContext, PropertySpec?, PropertySpec?, RenderedResponse?> render,
        Func<Task>? onNull = null,
        Func<bool>? mayCache = null)
    {
        var settings = settingsMonitor.CurrentValue;
        var request = http.Request;
        DeliveryApiResponses.AddVary(http, "Accept-Language, Preview, Start-Item");
        var preview = DeliveryApiAccess.IsPreviewRequested(request);
        if (!DeliveryApiAccess.CanReadContent(request, settings, preview))
        {
            await DeliveryApiResponses.ProblemAsync(http, StatusCodes.Status401Unauthorized);
            return;
        }

        if (!DeliveryApiAccess.IsAnonymousPublic(request, preview))
        {
            // Drafts and keyed answers must not be kept by shared caches either.
            http.Response.Headers.CacheControl = "no-store";
        }

        var culture = requests.GetRequestedCulture(request) ?? domainCulture ?? requests.Definitions.DefaultLanguage.IsoCode;
        var context = await requests.CreateAsync(culture, preview, settings, http.RequestAborted);
        if (!DeliveryApiRequestFactory.TryApplyStartItem(request, ref context))
        {
            await DeliveryApiResponses.StartItemNotFoundAsync(http);
            return;
        }

        if (!QueryParameters.TryGetSpecs(request, out var expand, out var fields, out var specError))
        {
            await DeliveryApiResponses.MalformedSpecAsync(http, specError!);
            return;
        }

        var cacheable = settings.OutputCache.Enabled && DeliveryApiAccess.IsAnonymousPublic(request, preview);
        string? cacheKey = null;
        if (cacheable)
        {
            cacheKey = string.Concat(
                context.Snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "|", culture, "|",
                context.StartItem?.Key.ToString("N"), "|", request.Path.Value, request.QueryString.Value);
            if (DeliveryApiResponses.TryWriteCached(http, outputCache, cacheKey, out var written))
            {
                await written;
                return;
            }
        }

        var response = render(context, expand, fields);
        if (response is null)
        {
            await (onNull?.Invoke() ?? DeliveryApiResponses.ProblemAsync(http, StatusCodes.Status404NotFound));
            return;
        }

        if (cacheKey is not null && (mayCache?.Invoke() ?? true))
        {
            outputCache.Set(cacheKey, response, settings.OutputCache.ContentDuration);
        }

        await DeliveryApiResponses.WriteJsonAsync(http, response);
    }
}
