using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Web.Features.StaticAssets;

/// <summary>wwwroot: versioned URLs (asp-append-version adds "?v=hash") are immutable for a year, others for an hour.</summary>
public static class StaticAssetOptions
{
    public static StaticFileOptions Create() => new()
    {
        ContentTypeProvider = new FileExtensionContentTypeProvider(),
        OnPrepareResponse = static ctx =>
        {
            ctx.Context.Response.Headers[HeaderNames.CacheControl] = ctx.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600";
        },
    };
}
