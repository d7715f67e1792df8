using System.ComponentModel.DataAnnotations;

namespace AgriPole.Web.Features.Rendering;

/// <summary>Bound from "AgriPole:Site".</summary>
public sealed class PublicSiteSettings
{
    public const string SectionName = "AgriPole:Site";

    /// <summary>Shown in the header, titles and Open Graph; the dictionary item "Site.Name" overrides it per culture.</summary>
    [Required]
    public string SiteName { get; set; } = "Agri Sud-Ouest Innovation";

    /// <summary>
    /// The public origin, e.g. "https://www.agri-sud-ouest.example". When set, canonical, hreflang, Open Graph and
    /// sitemap URLs use it whatever Host header a request carries; when empty, the request's scheme and host are used.
    /// </summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>Keep rendered HTML per (snapshot version, host, path) until the next publish.</summary>
    public bool OutputCacheEnabled { get; set; } = true;

    /// <summary>Bounds the memory the output cache may take (pages of one snapshot version).</summary>
    [Range(0, 1_000_000)]
    public int OutputCacheMaxEntries { get; set; } = 5000;
}
