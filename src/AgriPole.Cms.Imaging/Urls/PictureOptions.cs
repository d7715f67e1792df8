using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Imaging.Urls;

/// <summary>What &lt;media-picture&gt; renders: crop, widths of the srcset, sizes, alt text (or the item's in <see cref="Culture"/>).</summary>
public sealed record PictureOptions
{
    public string? CropAlias { get; init; }

    public IReadOnlyList<int> Widths { get; init; } = [400, 800, 1200];

    public string Sizes { get; init; } = "100vw";

    /// <summary>Explicit alt text ("" for a decorative image); null takes the item's alt text in <see cref="Culture"/>.</summary>
    public string? Alt { get; init; }

    public string? Culture { get; init; }

    public string? CssClass { get; init; }

    /// <summary>loading="eager" for the image that is the page's largest paint (a hero); lazy otherwise.</summary>
    public bool Eager { get; init; }

    public FocalPoint? FocalPoint { get; init; }

    public CropCoordinates? Coordinates { get; init; }
}
