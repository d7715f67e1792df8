using AgriPole.Cms.Core.Models;

namespace AgriPole.Web.Features.Rendering;

/// <summary>An image to render with explicit width and height (no layout shift). Renditions and srcset come with the media issue.</summary>
/// <param name="Alt">Empty for a decorative image.</param>
public sealed record ImageViewModel(MediaItem Media, string Alt, string? CssClass = null, bool Lazy = true);
