using Microsoft.Extensions.Options;

namespace AgriPole.Web.Features.Rendering;

/// <summary>
/// The scheme, host and path base that absolute links (canonical, hreflang, Open Graph, sitemap) start with:
/// <see cref="PublicSiteSettings.BaseUrl"/> when set, so a forged Host header never reaches them; else the request's.
/// </summary>
public sealed class SiteBaseUrl(IOptions<PublicSiteSettings> settings)
{
    private readonly string? _configured = settings.Value.BaseUrl?.TrimEnd('/') is { Length: > 0 } b ? b : null;

    public string For(HttpRequest request) =>
        _configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
}
