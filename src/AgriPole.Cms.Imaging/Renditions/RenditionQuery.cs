using System.Globalization;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// A parsed, validated rendition request. <see cref="Normalized"/> is its canonical text: equal for every spelling of
/// the same request (key order, case, defaults), so it keys the disk cache.
/// </summary>
public sealed record RenditionQuery
{
    /// <summary>0: computed from the height and the aspect ratio.</summary>
    public int Width { get; init; }

    public int Height { get; init; }

    public RenditionMode Mode { get; init; } = RenditionMode.Crop;

    /// <summary>center, top, bottom, left, right, topleft, topright, bottomleft, bottomright.</summary>
    public string Anchor { get; init; } = "center";

    /// <summary>Focal point (rxy) as fractions 0..1; wins over <see cref="Anchor"/> in crop mode.</summary>
    public FocalPoint? Center { get; init; }

    /// <summary>Output format: jpg, png, gif, webp; null keeps the source's.</summary>
    public string? Format { get; init; }

    public int? Quality { get; init; }

    /// <summary>Background or padding colour, as RRGGBBAA hex.</summary>
    public string? Background { get; init; }

    /// <summary>Umbraco's crop coordinates (cc): fractions cut from the left, top, right and bottom, applied before the resize.</summary>
    public CropCoordinates? Coordinates { get; init; }

    /// <summary>A named crop of the mediaPicker data type (crop=logo), resolved against the item before rendering.</summary>
    public string? CropAlias { get; init; }

    public string Normalized => string.Create(
        CultureInfo.InvariantCulture,
        $"w={Width};h={Height};m={Mode};a={Anchor};rxy={Center?.Left:0.####},{Center?.Top:0.####};f={Format};q={Quality};bg={Background};cc={Coordinates?.X1:0.####},{Coordinates?.Y1:0.####},{Coordinates?.X2:0.####},{Coordinates?.Y2:0.####}");
}
