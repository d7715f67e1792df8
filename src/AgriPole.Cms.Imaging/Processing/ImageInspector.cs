using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Uploads;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// The gate every image passes before a full decode: container checks, then <c>Image.Identify</c> (header only) against
/// the side and megapixel limits. A crafted header (65,535 × 65,535, 1 × 500,000,000, 0 × 0) is refused here, cheaply.
/// </summary>
public sealed class ImageInspector
{
    private readonly ImagingSettings _settings;

    public ImageInspector(IOptions<ImagingSettings> settings, HardenedImaging imaging)
    {
        _settings = settings.Value;
        Configuration = imaging.Configuration;
    }

    public SixLabors.ImageSharp.Configuration Configuration { get; }

    /// <summary>Checks an image of the given kind in a seekable stream; returns its size or throws <see cref="ImageRejectedException"/>.</summary>
    public ImageDimensions Inspect(Stream stream, FileKind kind)
    {
        try
        {
            switch (kind)
            {
                case FileKind.Jpeg:
                    ImageStructure.CheckJpegEnd(stream);
                    break;
                case FileKind.Png:
                    ImageStructure.CheckPngEnd(stream);
                    break;
                case FileKind.Gif:
                    ImageStructure.CheckGif(stream, _settings.MaxGifFrames);
                    break;
                case FileKind.Webp:
                    ImageStructure.CheckWebpLength(stream);
                    break;
                default:
                    throw new ImageRejectedException(MediaUploadErrorCodes.ContentMismatch, "Only JPEG, PNG, GIF and WebP images are accepted.");
            }

            stream.Position = 0;
            var info = Image.Identify(Configuration, stream, out var format);
            if (info is null || format is null || !Matches(format, kind))
            {
                throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The image could not be read.");
            }

            return CheckLimits(info.Width, info.Height);
        }
        catch (ImageRejectedException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever 2.1.13's header readers throw on a crafted file is a bad image, a 400: ArgumentOutOfRangeException
            // for a 0×0 PNG, and NullReferenceException from the JPEG and WebP Identify on a few flipped header bytes
            // (found by OriginalReencoderTests' corrupted-bytes test).
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The image could not be read: " + ex.GetType().Name);
        }
    }

    /// <summary>
    /// Decodes from a seekable stream synchronously with <paramref name="token"/> as the deadline (ImageSharp 2.1's async
    /// load first copies the whole stream into memory). <paramref name="decode"/> picks the pixel format; any decoder
    /// exception is an <see cref="ImageRejectedException"/>.
    /// </summary>
    public TImage Decode<TImage>(Stream stream, Func<IImageDecoder, SixLabors.ImageSharp.Configuration, TImage> decode, CancellationToken token)
        where TImage : Image
    {
        try
        {
            var format = Image.DetectFormat(Configuration, stream) ?? throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The image could not be read.");
            stream.Position = 0;
            token.ThrowIfCancellationRequested();
            return decode(Configuration.ImageFormatsManager.FindDecoder(format), Configuration);
        }
        catch (Exception ex) when (ex is not (ImageRejectedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The image could not be decoded: " + ex.GetType().Name);
        }
    }

    /// <summary>Refuses a side over MaxSourceSide or more than MaxSourceMegapixels; also 0-sized images.</summary>
    public ImageDimensions CheckLimits(int width, int height)
    {
        if (width < 1 || height < 1)
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The image has no pixels.");
        }

        if (width > _settings.MaxSourceSide || height > _settings.MaxSourceSide
            || (long)width * height > _settings.MaxSourceMegapixels * 1_000_000L)
        {
            throw new ImageRejectedException(
                MediaUploadErrorCodes.ImageTooLarge,
                $"The image is {width} × {height}; the limit is {_settings.MaxSourceSide} px a side and {_settings.MaxSourceMegapixels} megapixels.");
        }

        return new ImageDimensions(width, height);
    }

    private static bool Matches(IImageFormat format, FileKind kind) => kind switch
    {
        FileKind.Jpeg => format is JpegFormat,
        FileKind.Png => format is PngFormat,
        FileKind.Gif => format is GifFormat,
        FileKind.Webp => format is WebpFormat,
        _ => false,
    };
}
