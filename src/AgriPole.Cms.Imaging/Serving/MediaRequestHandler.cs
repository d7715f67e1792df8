using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Renditions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Cms.Imaging.Serving;

/// <summary>
/// GET/HEAD /media/{storage path}[?rendition query]: the original file, or a rendition from the disk cache (rendered on
/// first request). Cached renditions are sent like static files (no decode). Bad parameters are a 400 ProblemDetails,
/// a crowded node a 503 with Retry-After, never a 5xx from an image.
/// </summary>
public sealed class MediaRequestHandler(
    MediaUrlIndex index,
    IMediaFileStore files,
    RenditionCache cache,
    MediaCropDefinitions crops,
    IOptions<ImagingSettings> settings,
    ILogger<MediaRequestHandler> logger)
{
    /// <summary>The URLs carry the file version (a replaced file gets a new storage path), so a year is safe.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var item = index.Find(context.Request.Path.Value ?? string.Empty);
        var physical = item?.StoragePath is { } storagePath ? files.GetPhysicalPath(storagePath) : null;
        if (item is null || physical is null)
        {
            return Results.NotFound();
        }

        var query = context.Request.Query;
        if (!RenditionQueryParser.IsRenditionRequest(query))
        {
            return SendFile(context, physical, ContentTypeOf(item.Extension), ETagOf(RenditionCache.ComputeHash(item, new RenditionQuery { Format = "original" })), item.Extension);
        }

        if (!RenditionQueryParser.TryParse(query, settings.Value, out var parsed, out var error)
            || !RenditionResolver.TryResolve(parsed, item, crops, settings.Value, out parsed, out error))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid image parameters", detail: error);
        }

        var hash = RenditionCache.ComputeHash(item, parsed);
        var etag = ETagOf(hash);
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(etag.Tag.Value!, StringComparison.Ordinal)))
        {
            // The rendition of this version and query is deterministic: the client's copy is current without touching disk.
            SetCacheHeaders(context.Response, etag);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var contentType = RenditionResolver.ContentType(parsed.Format!);
        if (cache.TryGetBytes(hash, out var remembered))
        {
            return SendBytes(context, remembered, contentType, etag);
        }

        string path;
        try
        {
            path = await cache.GetOrCreateAsync(item, parsed, hash, physical, context.RequestAborted);
        }
        catch (ImagingBusyException)
        {
            context.Response.Headers.RetryAfter = "2";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy resizing images", detail: "Try again in a moment.");
        }
        catch (ImageRejectedException ex)
        {
            logger.LogWarning("Rendition of media {Key} refused: {Reason}", item.Key, ex.Message);
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The source image cannot be rendered", detail: "The stored image is invalid or over the limits.");
        }

        return await cache.RememberAsync(item.Key, hash, path, context.RequestAborted) is { } bytes
            ? (IResult)SendBytes(context, bytes, contentType, etag)
            : SendFile(context, path, contentType, etag, parsed.Format);
    }

    /// <summary>A rendition from memory, with the same headers as from disk (renditions are images: sandboxed).</summary>
    private static FileContentHttpResult SendBytes(HttpContext context, byte[] bytes, string contentType, EntityTagHeaderValue etag)
    {
        SetFileHeaders(context.Response, etag, sandbox: true);
        return TypedResults.Bytes(bytes, contentType, entityTag: etag, enableRangeProcessing: true);
    }

    private static IResult SendFile(HttpContext context, string path, string contentType, EntityTagHeaderValue etag, string? extension)
    {
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        // PDFs are left out of the sandbox because browsers' viewers refuse to run in one.
        SetFileHeaders(context.Response, etag, sandbox: !string.Equals(extension, "pdf", StringComparison.OrdinalIgnoreCase));
        return TypedResults.PhysicalFile(path, contentType, entityTag: etag, enableRangeProcessing: true);
    }

    /// <summary>Opened directly, a media file is a sandboxed document: no script, no plugin, no same-origin access.</summary>
    private static void SetFileHeaders(HttpResponse response, EntityTagHeaderValue etag, bool sandbox)
    {
        SetCacheHeaders(response, etag);
        response.Headers.XContentTypeOptions = "nosniff";
        if (sandbox)
        {
            response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        }
    }

    private static void SetCacheHeaders(HttpResponse response, EntityTagHeaderValue etag)
    {
        response.Headers.CacheControl = ImmutableCacheControl;
        response.Headers.ETag = etag.ToString();
    }

    private static EntityTagHeaderValue ETagOf(string hash) => new($"\"{hash[..32]}\"");

    public static string ContentTypeOf(string? extension) => extension?.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };
}
