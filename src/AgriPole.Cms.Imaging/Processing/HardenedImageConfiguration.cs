using AgriPole.Cms.Imaging.Configuration;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// The only ImageSharp <see cref="SixLabors.ImageSharp.Configuration"/> this site uses (never Configuration.Default):
/// JPEG, PNG, GIF and WebP only (2.1.13 has unfixed TIFF and ICC advisories, and BMP/TGA/PBM are not needed),
/// metadata ignored by every decoder, GIFs decoded to their first frame, a capped allocator.
/// </summary>
public static class HardenedImageConfiguration
{
    public static SixLabors.ImageSharp.Configuration Create(ImagingSettings settings)
    {
        var configuration = new SixLabors.ImageSharp.Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                AllocationLimitMegabytes = settings.AllocationLimitMegabytes,
                MaximumPoolSizeMegabytes = settings.MaximumPoolSizeMegabytes,
            }),

            // Two decodes at a time already use both cores of a small node; inner parallelism would only contend.
            MaxDegreeOfParallelism = 1,
            ReadOrigin = ReadOrigin.Begin,
        };

        var formats = configuration.ImageFormatsManager;
        formats.SetDecoder(JpegFormat.Instance, new JpegDecoder { IgnoreMetadata = true });
        formats.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        formats.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
        formats.SetDecoder(GifFormat.Instance, new GifDecoder
        {
            IgnoreMetadata = true,
            DecodingMode = FrameDecodingMode.First,
            MaxFrames = (uint)settings.MaxGifFrames,
        });
        return configuration;
    }
}
