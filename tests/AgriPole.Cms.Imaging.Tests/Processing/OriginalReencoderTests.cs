using System.Text;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Tests.Support;
using AgriPole.Cms.Imaging.Uploads;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.Imaging.Tests.Processing;

/// <summary>How an accepted upload is normalised before it is stored: metadata cut at the byte level, orientation applied.</summary>
public sealed class OriginalReencoderTests : IDisposable
{
    private readonly ImagingServices _services = new();

    private IMediaUploadValidator Validator => _services.Get<IMediaUploadValidator>();

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public async Task ValidateAsync_PhoneJpegWithOrientation_StoresItUprightWithUprightSize(int orientation)
    {
        var bytes = OrientationImages.Jpeg(orientation, 96, 64);
        using (var raw = Image.Load<Rgb24>(bytes))
        {
            // The fixture is stored turned for 6 and 8 (so this test can fail).
            Assert.Equal(orientation is 6 or 8 ? (64, 96) : (96, 64), (raw.Width, raw.Height));
        }

        var result = await Validator.ValidateAsync(new MemoryStream(bytes), "phone.jpg");

        Assert.True(result.IsValid, result.Error?.Code);
        using var file = result.File!;
        Assert.Equal((96, 64), (file.Width, file.Height));
        var stored = await File.ReadAllBytesAsync(file.TempFilePath);
        Assert.DoesNotContain(TestImages.MetadataMarker, Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        using var image = Image.Load<Rgb24>(stored);
        Assert.Null(image.Metadata.ExifProfile);
        Assert.Equal((96, 64), (image.Width, image.Height));

        // Pixel placement: each quadrant's centre has its colour.
        AssertColour(OrientationImages.TopLeft, image[24, 16]);
        AssertColour(OrientationImages.TopRight, image[72, 16]);
        AssertColour(OrientationImages.BottomLeft, image[24, 48]);
        AssertColour(OrientationImages.BottomRight, image[72, 48]);
    }

    [Fact]
    public async Task ValidateAsync_JpegWithMetadata_KeepsTheImageDataBitForBit()
    {
        var bytes = TestImages.WithMetadata("jpeg", 200, 120);

        var result = await Validator.ValidateAsync(new MemoryStream(bytes), "photo.jpg");

        Assert.True(result.IsValid, result.Error?.Code);
        using var file = result.File!;
        var stored = await File.ReadAllBytesAsync(file.TempFilePath);
        Assert.True(stored.Length < bytes.Length);
        Assert.DoesNotContain("ICC_PROFILE", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);

        // Not re-encoded: the compressed scan is the upload's own (a re-encode, even at the same quality, changes it).
        Assert.Equal(bytes.AsSpan(ScanStart(bytes)).ToArray(), stored.AsSpan(ScanStart(stored)).ToArray());
        using var before = Image.Load<Rgb24>(bytes);
        using var after = Image.Load<Rgb24>(stored);
        Assert.True(SamePixels(before, after));
    }

    [Fact]
    public async Task ValidateAsync_PngWithTextAndTransparency_DropsTextKeepsPixels()
    {
        byte[] bytes;
        using (var image = new Image<Rgba32>(40, 30, new Rgba32(10, 20, 30, 0)))
        {
            image[5, 5] = new Rgba32(250, 120, 0, 128);
            image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", TestImages.MetadataMarker, string.Empty, string.Empty));
            using var stream = new MemoryStream();
            image.Save(stream, new PngEncoder());
            bytes = stream.ToArray();
        }

        Assert.Contains(TestImages.MetadataMarker, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);

        var result = await Validator.ValidateAsync(new MemoryStream(bytes), "logo.png");

        Assert.True(result.IsValid, result.Error?.Code);
        using var file = result.File!;
        var stored = await File.ReadAllBytesAsync(file.TempFilePath);
        Assert.DoesNotContain(TestImages.MetadataMarker, Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        using var before = Image.Load<Rgba32>(bytes);
        using var after = Image.Load<Rgba32>(stored);
        Assert.True(SamePixels(before, after));
        Assert.Equal(new Rgba32(250, 120, 0, 128), after[5, 5]);
    }

    [Fact]
    public async Task ValidateAsync_AnimatedGifWithComment_StoresFirstFrameWithoutExtensions()
    {
        byte[] bytes;
        using (var image = new Image<Rgba32>(20, 10, new Rgba32(200, 0, 0)))
        {
            using var second = new Image<Rgba32>(20, 10, new Rgba32(0, 0, 200));
            image.Frames.AddFrame(second.Frames.RootFrame);
            image.Metadata.GetGifMetadata().Comments.Add(TestImages.MetadataMarker);
            image.Metadata.GetGifMetadata().RepeatCount = 0;
            using var stream = new MemoryStream();
            image.Save(stream, new GifEncoder());
            bytes = stream.ToArray();
        }

        var text = Encoding.Latin1.GetString(bytes);
        Assert.Contains(TestImages.MetadataMarker, text, StringComparison.Ordinal);
        Assert.Contains("NETSCAPE2.0", text, StringComparison.Ordinal);

        var result = await Validator.ValidateAsync(new MemoryStream(bytes), "anim.gif");

        Assert.True(result.IsValid, result.Error?.Code);
        using var file = result.File!;
        var stored = await File.ReadAllBytesAsync(file.TempFilePath);
        var storedText = Encoding.Latin1.GetString(stored);
        Assert.DoesNotContain(TestImages.MetadataMarker, storedText, StringComparison.Ordinal);
        Assert.DoesNotContain("NETSCAPE2.0", storedText, StringComparison.Ordinal);
        using var after = Image.Load<Rgba32>(stored);
        Assert.Single(after.Frames);
        Assert.Equal(new Rgba32(200, 0, 0), after[3, 3]);
    }

    [Fact]
    public async Task ValidateAsync_JpegCutAfterItsHeadersWithEndMarker_IsRefused()
    {
        // Headers intact, scan cut, EOI re-appended: passes the end check; the stripped file must still be decodable.
        var full = TestImages.Jpeg(400, 300);
        var sos = ScanStart(full);
        byte[] cut = [.. full.AsSpan(0, sos - 4), 0xFF, 0xD9];

        var result = await Validator.ValidateAsync(new MemoryStream(cut), "cut.jpg");

        Assert.False(result.IsValid);
        Assert.Equal(MediaUploadErrorCodes.ImageInvalid, result.Error!.Code);
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("webp")]
    public async Task ValidateAsync_CorruptedBytes_AcceptsOrRefusesWithACodeNeverThrows(string format)
    {
        var good = format switch
        {
            "jpeg" => TestImages.WithMetadata("jpeg", 64, 48),
            "png" => TestImages.WithMetadata("png", 64, 48),
            "webp" => TestImages.WithMetadata("webp", 64, 48),
            _ => TestImages.Gif(64, 48),
        };
        var random = new Random(20261126);
        var refused = 0;
        for (var i = 0; i < 60; i++)
        {
            var bytes = (byte[])good.Clone();

            // Flip a few bytes past the signature (headers, segment lengths, chunk sizes, pixel data alike).
            for (var n = 0; n < 1 + (i % 4); n++)
            {
                bytes[random.Next(4, bytes.Length)] = (byte)random.Next(256);
            }

            var result = await Validator.ValidateAsync(new MemoryStream(bytes), "x." + (format == "jpeg" ? "jpg" : format));

            if (result.IsValid)
            {
                result.File!.Dispose();
            }
            else
            {
                refused++;
                Assert.StartsWith("media.", result.Error!.Code, StringComparison.Ordinal);
            }
        }

        // The corruption must actually bite (so this test can fail if the checks were skipped).
        Assert.True(refused > 0);
        Assert.Empty(Directory.Exists(_services.Paths.TempRoot) ? Directory.GetFiles(_services.Paths.TempRoot) : []);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'I', (byte)'I', 42, 0, 0xFF, 0xFF, 0, 0 })]
    [InlineData(new byte[] { (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0xFF, 0xFF })]
    [InlineData(new byte[] { (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0 })]
    public void ExifOrientation_LyingOffsetsOrCounts_GiveNone(byte[] app1)
    {
        Assert.Equal(0, JpegMetadataStripper.ExifOrientation(app1));
    }

    [Fact]
    public void ExifOrientation_FromImageSharpsEncoder_IsRead()
    {
        var bytes = OrientationImages.Jpeg(6);
        using var output = new MemoryStream();

        var orientation = JpegMetadataStripper.Strip(new MemoryStream(bytes), output);

        Assert.Equal(6, orientation);
        Assert.Null(Image.Identify(output.ToArray()).Metadata.ExifProfile);
    }

    private static void AssertColour(Rgb24 expected, Rgb24 actual) =>
        Assert.True(OrientationImages.Near(actual, expected), $"expected about {expected}, got {actual}");

    /// <summary>Offset of the first SOS marker (the compressed scan follows it).</summary>
    private static int ScanStart(byte[] jpeg)
    {
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            var marker = jpeg[at + 1];
            if (marker == 0xDA)
            {
                return at;
            }

            at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]);
        }

        throw new InvalidOperationException("No scan.");
    }

    private static bool SamePixels<TPixel>(Image<TPixel> a, Image<TPixel> b)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        if (a.Width != b.Width || a.Height != b.Height)
        {
            return false;
        }

        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                if (!a[x, y].Equals(b[x, y]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
