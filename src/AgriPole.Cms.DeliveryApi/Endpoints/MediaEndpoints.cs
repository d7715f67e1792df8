using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Access;
using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Media;
using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>GET media/item/{id}, media/item/{*path}, media/items?id=, media?fetch=children:...</summary>
public sealed class MediaEndpoints(
    IPublishedSnapshotAccessor snapshots,
    DeliveryApiOutputCache outputCache,
    IOptionsMonitor<DeliveryApiSettings> settingsMonitor)
{
    public Task ByIdAsync(HttpContext http)
    {
        var id = Guid.Parse((string)http.Request.RouteValues["id"]!);
        return HandleAsync(http, (snapshot, fields) =>
            snapshot.GetMedia(id) is { Trashed: false } media ? Render(snapshot, media, fields) : null);
    }

    public Task ByPathAsync(HttpContext http)
    {
        var path = http.Request.RouteValues["path"] as string ?? string.Empty;
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase))
        {
            path = Uri.UnescapeDataString(path);
        }

        return HandleAsync(http, (snapshot, fields) =>
            MediaQueryService.GetByPath(snapshot, path) is { } media ? Render(snapshot, media, fields) : null);
    }

    public Task ItemsAsync(HttpContext http)
    {
        if (!QueryParameters.TryGetIds(http.Request, out var ids, out var error))
        {
            return DeliveryApiResponses.ValidationProblemAsync(http, "id", error!);
        }

        return HandleAsync(http, (snapshot, fields) => JsonRenderer.Render(writer =>
        {
            writer.WriteStartArray();
            foreach (var id in ids)
            {
                if (snapshot.GetMedia(id) is { Trashed: false } media)
                {
                    MediaJsonWriter.WriteMediaResponse(writer, snapshot.GetMedia, media, fields);
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

        var failure = ContentQueryStatus.Success;
        return HandleAsync(
            http,
            (snapshot, fields) =>
            {
                var result = MediaQueryService.Execute(snapshot, query.Fetch, query.Filters, query.Sorts, query.Skip, query.Take);
                if (result.Status != ContentQueryStatus.Success)
                {
                    failure = result.Status;
                    return null;
                }

                return DeliveryApiResponses.RenderPaged(result.Total, result.Items, (writer, media) => MediaJsonWriter.WriteMediaResponse(writer, snapshot.GetMedia, media, fields));
            },
            () => DeliveryApiResponses.QueryProblemAsync(http, failure, media: true));
    }

    private static RenderedResponse Render(IPublishedSnapshot snapshot, MediaItem media, PropertySpec? fields) =>
        JsonRenderer.Render(writer => MediaJsonWriter.WriteMediaResponse(writer, snapshot.GetMedia, media, fields));

    private async Task HandleAsync(HttpContext http, Func<IPublishedSnapshot, PropertySpec?, RenderedResponse?> render, Func<Task>? onNull = null)
    {
        var settings = settingsMonitor.CurrentValue;
        var request = http.Request;
        if (!DeliveryApiAccess.CanReadMedia(request, settings))
        {
            await DeliveryApiResponses.ProblemAsync(http, StatusCodes.Status401Unauthorized);
            return;
        }

        if (!QueryParameters.TryGetSpecs(request, out _, out var fields, out var specError))
        {
            await DeliveryApiResponses.MalformedSpecAsync(http, specError!);
            return;
        }

        var snapshot = snapshots.Current;
        var cacheable = settings.OutputCache.Enabled && DeliveryApiAccess.IsAnonymousPublic(request, preview: false);
        if (!cacheable)
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        var cacheKey = cacheable
            ? string.Concat(snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "|media|", request.Path.Value, request.QueryString.Value)
            : null;
        if (DeliveryApiResponses.TryWriteCached(http, outputCache, cacheKey, out var written))
        {
            await written;
            return;
        }

        var response = render(snapshot, fields);
        if (response is null)
        {
            await (onNull?.Invoke() ?? DeliveryApiResponses.ProblemAsync(http, StatusCodes.Status404NotFound));
            return;
        }

        if (cacheKey is not null)
        {
            outputCache.Set(cacheKey, response, settings.OutputCache.MediaDuration);
        }

        await DeliveryApiResponses.WriteJsonAsync(http, response);
    }
}
