using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgriPole.Cms.BackOffice.Assets;

/// <summary>
/// Serves the back-office's own CSS and the bundle built from client/ at /umbraco/backoffice/assets/, from resources
/// embedded in this assembly, so they are there in every environment (static web assets are Development-only).
/// Public on purpose: the login page needs them; they hold no data.
/// </summary>
public static class BackOfficeAssets
{
    public const string BasePath = "/umbraco/backoffice/assets";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType, string ETag)> Files = Load();

    public static string Url(string file) => Files.TryGetValue(file, out var f) ? $"{BasePath}/{file}?v={f.ETag}" : $"{BasePath}/{file}";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(BasePath + "/{file}", (string file, HttpContext context) =>
        {
            if (!Files.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Bytes, asset.ContentType);
        }).AllowAnonymous().WithMetadata(new BackOfficePublicEndpoint());

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(BackOfficeAssets).Assembly;
        const string prefix = "BackOfficeAssets/";
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var bytes = ms.ToArray();
            var file = name[prefix.Length..];
            var type = Path.GetExtension(file) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[file] = (bytes, type, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..12].ToLowerInvariant());
        }

        return files.ToFrozenDictionary();
    }
}

/// <summary>Marks a back-office endpoint that answers without login (the login page, static assets).</summary>
public sealed class BackOfficePublicEndpoint;
