using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Cms.Imaging.Serving;

/// <summary>GET /media/{folder}/{file}: the original files of media items, cached long by browsers and proxies.</summary>
public static class MediaFileEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["png"] = "image/png",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
        ["svg"] = "image/svg+xml",
        ["pdf"] = "application/pdf",
    };

    public static void MapMediaFiles(this WebApplication app)
    {
        app.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, MediaFileResolver resolver) =>
        {
            var resolved = resolver.Resolve(context.Request.Path.Value ?? string.Empty);
            if (resolved is not { } found)
            {
                return Results.NotFound();
            }

            var headers = context.Response.Headers;
            headers.CacheControl = "public, max-age=31536000";
            headers.XContentTypeOptions = "nosniff";
            var extension = found.Item.Extension ?? Path.GetExtension(found.FilePath).TrimStart('.');
            if (!ContentTypes.TryGetValue(extension, out var contentType))
            {
                contentType = "application/octet-stream";
                headers.ContentDisposition = "attachment";
            }

            if (extension.Equals("svg", StringComparison.OrdinalIgnoreCase))
            {
                // An SVG opened directly must not run script in the site's origin.
                headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            }

            var lastModified = File.GetLastWriteTimeUtc(found.FilePath);
            return Results.File(found.FilePath, contentType, lastModified: lastModified, entityTag: new EntityTagHeaderValue($"\"{lastModified.Ticks:x}\""), enableRangeProcessing: true);
        }).ExcludeFromDescription();
    }
}
