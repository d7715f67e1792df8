using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Media;

/// <summary>
/// Builds rendition URLs for media items in the /media/ query syntax (ImageSharp.Web's, as Umbraco sites use it),
/// like Umbraco's IImageUrlGenerator. URLs carry the item's version, so they can be cached for a year.
/// </summary>
public interface IImageUrlGenerator
{
    /// <summary>The rendition URL, or null for folders and items without a file. Non-images get their plain URL.</summary>
    string? GetUrl(MediaItem media, ImageUrlOptions options);
}

/// <summary>What to render. A crop alias (the mediaPicker data type's crops) fixes the aspect ratio; a width alone scales it.</summary>
public sealed record ImageUrlOptions
{
    public string? CropAlias { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>crop, max, pad, boxpad, min, stretch (null: crop when both sides are given).</summary>
    public string? Mode { get; init; }

    /// <summary>webp, jpg, png, gif; null keeps the source format.</summary>
    public string? Format { get; init; }

    public int? Quality { get; init; }

    /// <summary>Per-use focal point (the picker's local focal point); overrides the item's.</summary>
    public FocalPoint? FocalPoint { get; init; }

    /// <summary>Per-use crop coordinates (the picker's local crop); override the item's for <see cref="CropAlias"/>.</summary>
    public CropCoordinates? Coordinates { get; init; }
}
