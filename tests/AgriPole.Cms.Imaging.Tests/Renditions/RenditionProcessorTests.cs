using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Renditions;
using AgriPole.Cms.Imaging.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.Imaging.Tests.Renditions;

public sealed class RenditionProcessorTests : IDisposable
{
    private readonly ImagingServices _services = new();

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(RenditionMode.Crop, 400, 400, 400, 400)]
    [InlineData(RenditionMode.Max, 400, 400, 400, 267)]
    [InlineData(RenditionMode.Pad, 400, 400, 400, 400)]
    [InlineData(RenditionMode.BoxPad, 400, 400, 400, 400)]
    [InlineData(RenditionMode.Min, 400, 400, 600, 400)]
    [InlineData(RenditionMode.Stretch, 400, 100, 400, 100)]
    [InlineData(RenditionMode.Crop, 600, 0, 600, 400)]
    [InlineData(RenditionMode.Crop, 0, 200, 300, 200)]
    public void Transform_Mode_GivesExpectedSize(RenditionMode mode, int width, int height, int expectedWidth, int expectedHeight)
    {
        using var image = new Image<Rgba32>(1200, 800);

        RenditionProcessor.Transform(image, new RenditionQuery { Width = width, Height = height, Mode = mode, Format = "png" });

        Assert.Equal(expectedWidth, image.Width);
        Assert.Equal(expectedHeight, image.Height);
    }

    [Fact]
    public void Transform_CropWithFocalPoint_KeepsTheDotThatACentreCropLoses()
    {
        var source = TestImages.PngWithDot(1200, 800, left: 0.85, top: 0.5);
        using var centred = Image.Load<Rgba32>(source);
        using var focused = Image.Load<Rgba32>(source);

        RenditionProcessor.Transform(centred, new RenditionQuery { Width = 400, Height = 400, Format = "png" });
        RenditionProcessor.Transform(focused, new RenditionQuery { Width = 400, Height = 400, Format = "png", Center = new FocalPoint(0.85, 0.5) });

        Assert.False(HasRed(centred));
        Assert.True(HasRed(focused));
    }

    [Fact]
    public void Transform_CropCoordinates_CutBeforeResizing()
    {
        using var image = Image.Load<Rgba32>(TestImages.PngWithDot(1200, 800, left: 0.1, top: 0.1));

        // Keep the right half only: the dot at 10 % from the left is cut away; the result is 300×400 scaled.
        RenditionProcessor.Transform(image, new RenditionQuery { Width = 300, Format = "png", Coordinates = new CropCoordinates(0.5, 0, 0, 0) });

        Assert.Equal(300, image.Width);
        Assert.Equal(400, image.Height);
        Assert.False(HasRed(image));
    }

    [Theory]
    [InlineData("webp", new byte[] { 0x52, 0x49, 0x46, 0x46 })]
    [InlineData("jpg", new byte[] { 0xFF, 0xD8, 0xFF })]
    [InlineData("png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData("gif", new byte[] { 0x47, 0x49, 0x46, 0x38 })]
    public async Task RenderAsync_Format_EncodesThatFormat(string format, byte[] magic)
    {
        var source = Path.Combine(_services.DataFolder, "source.png");
        await File.WriteAllBytesAsync(source, TestImages.Png(640, 480));
        using var output = new MemoryStream();

        await _services.Get<RenditionProcessor>().RenderAsync(source, new RenditionQuery { Width = 320, Format = format, Quality = 80 }, output, CancellationToken.None);

        Assert.Equal(magic, output.ToArray()[..magic.Length]);
        output.Position = 0;
        var info = Image.Identify(output.ToArray());
        Assert.Equal(320, info.Width);
        Assert.Equal(240, info.Height);
    }

    [Fact]
    public async Task RenderAsync_JpegWithExif_DropsMetadata()
    {
        using var withExif = new Image<Rgba32>(200, 100);
        withExif.Metadata.ExifProfile = new SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifProfile();
        withExif.Metadata.ExifProfile.SetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.Artist, "Secret Location 43.6N");
        var source = Path.Combine(_services.DataFolder, "exif.jpg");
        await withExif.SaveAsJpegAsync(source);
        Assert.Contains("Secret Location", System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(source)), StringComparison.Ordinal);
        using var output = new MemoryStream();

        await _services.Get<RenditionProcessor>().RenderAsync(source, new RenditionQuery { Width = 100, Format = "jpg", Quality = 80 }, output, CancellationToken.None);

        Assert.DoesNotContain("Secret Location", System.Text.Encoding.Latin1.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    private static bool HasRed(Image<Rgba32> image)
    {
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var p = image[x, y];
                if (p.R > 200 && p.G < 60 && p.B < 60)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
