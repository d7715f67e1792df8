using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Imaging.Urls;

/// <summary>A rendition's requested size; <see cref="DisplayHeight"/> is the computed height when only the width was asked.</summary>
public sealed record RenditionSize(int Width, int Height, CropCoordinates? Coordinates, bool Cropping)
{
    public int DisplayHeight { get; init; }
}
