using AgriPole.Cms.Imaging.Uploads;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Normalises an accepted upload before it is stored, so the original served at its plain URL carries no EXIF (GPS,
/// camera serial), ICC, IPTC, XMP, PNG text or GIF comments. Usually at the byte level (<see cref="TryStrip"/>): the
/// metadata segments and chunks are cut and the image data is copied as it is (no pixels in memory, no generation loss;
/// GIFs keep their first frame). A photo whose EXIF orientation is not upright, or an animated WebP, is decoded and
/// re-encoded in its own format instead (<see cref="Orient"/>, <see cref="CreateEncoder"/>).
/// </summary>
public static class OriginalReencoder
{
    /// <summary>JPEG quality when the source's cannot be estimated; the estimate is clamped so a re-encode never bloats nor visibly degrades.</summary>
    public const int FallbackJpegQuality = 90;

    public const int LossyWebpQuality = 90;

    /// <summary>
    /// Writes <paramref name="source"/> without its metadata to <paramref name="destination"/> and returns the EXIF
    /// orientation found (1 for upright or none; only JPEGs carry one here), or null when this file needs a decode and
    /// re-encode instead (animated WebP). The source passed the container checks and Identify already.
    /// </summary>
    public static int? TryStrip(Stream source, Stream destination, FileKind kind)
    {
        switch (kind)
        {
            case FileKind.Jpeg:
                return JpegMetadataStripper.Strip(source, destination);
            case FileKind.Png:
                PngMetadataStripper.Strip(source, destination);
                return 1;
            case FileKind.Gif:
                GifMetadataStripper.Strip(source, destination);
                return 1;
            case FileKind.Webp:
                return WebpMetadataStripper.Strip(source, destination) ? 1 : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only JPEG, PNG, GIF and WebP are normalised.");
        }
    }

    /// <summary>Turns the pixels upright for an EXIF orientation (1..8; 1 changes nothing).</summary>
    public static void Orient(Image image, int orientation)
    {
        var (rotate, flipHorizontal, flipVertical) = JpegMetadataStripper.Transform(orientation);
        if (rotate == 0 && !flipHorizontal && !flipVertical)
        {
            return;
        }

        image.Mutate(x => x.RotateFlip(
            rotate switch { 90 => RotateMode.Rotate90, 180 => RotateMode.Rotate180, 270 => RotateMode.Rotate270, _ => RotateMode.None },
            flipHorizontal ? FlipMode.Horizontal : flipVertical ? FlipMode.Vertical : FlipMode.None));
    }

    /// <summary>Removes every metadata profile from the decoded image (the hardened decoders skip them already; this is the belt to those braces).</summary>
    public static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
        }

        image.Metadata.GetPngMetadata().TextData.Clear();
        image.Metadata.GetGifMetadata().Comments.Clear();
    }

    /// <summary>An encoder for the same format that writes no metadata.</summary>
    public static IImageEncoder CreateEncoder(Image image, FileKind kind, int webpMethod) => kind switch
    {
        FileKind.Jpeg => new JpegEncoder
        {
            Quality = Math.Clamp(image.Metadata.GetJpegMetadata().Quality is > 0 and var q ? q : FallbackJpegQuality, 75, 95),
        },
        FileKind.Png => new PngEncoder { IgnoreMetadata = true },
        FileKind.Gif => new GifEncoder(),
        FileKind.Webp => image.Metadata.GetWebpMetadata().FileFormat == WebpFileFormatType.Lossless
            ? new WebpEncoder { FileFormat = WebpFileFormatType.Lossless, Method = (WebpEncodingMethod)webpMethod }
            : new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = LossyWebpQuality, Method = (WebpEncodingMethod)webpMethod },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only JPEG, PNG, GIF and WebP are re-encoded."),
    };
}
