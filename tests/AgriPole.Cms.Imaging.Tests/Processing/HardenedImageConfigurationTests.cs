using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace AgriPole.Cms.Imaging.Tests.Processing;

public class HardenedImageConfigurationTests
{
    private readonly SixLabors.ImageSharp.Configuration _configuration = HardenedImageConfiguration.Create(new ImagingSettings());

    [Fact]
    public void Create_RegistersOnlyJpegPngGifWebp()
    {
        var formats = _configuration.ImageFormats.ToList();

        Assert.Equal(4, formats.Count);
        Assert.Contains(JpegFormat.Instance, formats);
        Assert.Contains(PngFormat.Instance, formats);
        Assert.Contains(GifFormat.Instance, formats);
        Assert.Contains(WebpFormat.Instance, formats);
    }

    [Fact]
    public void Identify_Tiff_IsNotReadWhileTheDefaultConfigurationWouldReadIt()
    {
        var tiff = TestImages.Tiff();

        // The fixture is a real TIFF: the library's default configuration (TIFF module registered) reads it.
        Assert.Equal(1, Image.Identify(SixLabors.ImageSharp.Configuration.Default, tiff, out _)?.Width);
        Assert.Throws<UnknownImageFormatException>(() => Image.Load(_configuration, tiff));
        Assert.Null(Image.Identify(_configuration, tiff, out _));
    }

    [Fact]
    public void Load_AnimatedGif_DecodesFirstFrameOnly()
    {
        using var image = Image.Load(_configuration, TestImages.GifFrames(50));

        Assert.Equal(1, image.Frames.Count);
    }

    [Fact]
    public void Load_OverAllocationLimit_ThrowsInsteadOfAllocating()
    {
        var configuration = HardenedImageConfiguration.Create(new ImagingSettings { AllocationLimitMegabytes = 16 });

        // 3000×3000 RGBA is 36 MB, over a 16 MB limit: refused by the allocator, not by the machine running out.
        Assert.ThrowsAny<Exception>(() => Image.Load(configuration, TestImages.Png(3000, 3000)));
    }
}
