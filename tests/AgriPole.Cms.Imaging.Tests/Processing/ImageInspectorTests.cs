using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Tests.Support;
using AgriPole.Cms.Imaging.Uploads;

namespace AgriPole.Cms.Imaging.Tests.Processing;

public sealed class ImageInspectorTests : IDisposable
{
    private readonly ImagingServices _services = new();

    private ImageInspector Inspector => _services.Get<ImageInspector>();

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(65_535u, 65_535u, MediaUploadErrorCodes.ImageTooLarge)]
    [InlineData(1u, 500_000_000u, MediaUploadErrorCodes.ImageTooLarge)]
    [InlineData(8001u, 10u, MediaUploadErrorCodes.ImageTooLarge)]
    [InlineData(7000u, 7000u, MediaUploadErrorCodes.ImageTooLarge)]
    [InlineData(0u, 0u, MediaUploadErrorCodes.ImageInvalid)]
    public void Inspect_CraftedPngHeader_IsRefusedBeforeDecoding(uint width, uint height, string code)
    {
        using var stream = new MemoryStream(TestImages.PngHeaderOnly(width, height));

        var ex = Assert.Throws<ImageRejectedException>(() => Inspector.Inspect(stream, FileKind.Png));

        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public void Inspect_TruncatedJpeg_IsRefusedThoughImageSharpWouldLoadIt()
    {
        var truncated = TestImages.TruncatedJpeg();
        using (SixLabors.ImageSharp.Image.Load(Inspector.Configuration, truncated))
        {
            // 2.1.13 decodes the truncated file without complaint: only the end-of-image check catches it.
        }

        using var stream = new MemoryStream(truncated);
        Assert.Throws<ImageRejectedException>(() => Inspector.Inspect(stream, FileKind.Jpeg));
    }

    [Fact]
    public void Inspect_GifWithTenThousandFrames_IsRefused()
    {
        using var stream = new MemoryStream(TestImages.GifFrames(10_000));

        var ex = Assert.Throws<ImageRejectedException>(() => Inspector.Inspect(stream, FileKind.Gif));

        Assert.Equal(MediaUploadErrorCodes.TooManyFrames, ex.Code);
    }

    [Fact]
    public void Inspect_GoodImages_ReturnDimensions()
    {
        using var jpeg = new MemoryStream(TestImages.Jpeg(640, 480));
        using var gif = new MemoryStream(TestImages.GifFrames(3));

        Assert.Equal(new ImageDimensions(640, 480), Inspector.Inspect(jpeg, FileKind.Jpeg));
        Assert.Equal(new ImageDimensions(1, 1), Inspector.Inspect(gif, FileKind.Gif));
    }
}
