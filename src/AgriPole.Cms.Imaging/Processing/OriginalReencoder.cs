using AgriPole.Cms.Imaging.Uploads;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Re-encodes an accepted upload in its own format before it is stored (security-notes: "ignore metadata, always
/// re-encode"): the original served at its plain URL then carries no EXIF (GPS, camera serial), ICC, IPTC or XMP and
/// no bytes the encoder did not write itself. Dimensions are kept; GIFs keep their first frame only (the decoder reads
/// no more, as for renditions).
/// </summary>
public static class OriginalReencoder
{
    /// <summary>JPEG quality when the source's cannot be estimated; the estimate is clamped so a re-encode never bloats nor visibly degrades.</summary>
    public const int FallbackJpegQuality = 90;

    public const int LossyWebpQuality = 90;

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
