using System.Text;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace AgriPole.Cms.Imaging.Tests.Uploads;

public sealed class MediaUploadValidatorTests : IDisposable
{
    private readonly ImagingServices _services = new(new() { ["AgriPole:Imaging:MaxUploadBytes"] = "2000000" });

    private IMediaUploadValidator Validator => _services.Get<IMediaUploadValidator>();

    public void Dispose() => _services.Dispose();

    public static TheoryData<string, string, string> Refused => new()
    {
        { "png-65535", "huge.png", MediaUploadErrorCodes.ImageTooLarge },
        { "png-1x500000000", "strip.png", MediaUploadErrorCodes.ImageTooLarge },
        { "png-0x0", "zero.png", MediaUploadErrorCodes.ImageInvalid },
        { "gif-10000", "anim.gif", MediaUploadErrorCodes.TooManyFrames },
        { "jpeg-truncated", "cut.jpg", MediaUploadErrorCodes.ImageInvalid },
        { "tiff", "photo.jpg", MediaUploadErrorCodes.ContentMismatch },
        { "svg", "logo.svg", MediaUploadErrorCodes.SvgRefused },
        { "svg", "logo.jpg", MediaUploadErrorCodes.SvgRefused },
        { "html", "page.jpg", MediaUploadErrorCodes.ContentMismatch },
        { "polyglot", "poly.jpg", MediaUploadErrorCodes.ImageInvalid },
        { "png", "mismatch.jpg", MediaUploadErrorCodes.ContentMismatch },
        { "empty", "empty.jpg", MediaUploadErrorCodes.Empty },
        { "jpeg", "a.php%00.jpg", MediaUploadErrorCodes.InvalidName },
        { "jpeg", ".jpg.aspx", MediaUploadErrorCodes.ExtensionNotAllowed },
        { "jpeg", "../../appsettings.json", MediaUploadErrorCodes.ExtensionNotAllowed },
        { "tiff", "scan.tiff", MediaUploadErrorCodes.ExtensionNotAllowed },
        { "zip-not-office", "report.docx", MediaUploadErrorCodes.ContentMismatch },
        { "binary", "notes.txt", MediaUploadErrorCodes.ContentMismatch },
        { "big", "big.jpg", MediaUploadErrorCodes.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ValidateAsync_CraftedFile_IsRefusedWithCodeAndLeavesNothingBehind(string sample, string fileName, string expectedCode)
    {
        await using var content = new MemoryStream(Sample(sample));

        var result = await Validator.ValidateAsync(content, fileName);

        Assert.False(result.IsValid);
        Assert.Equal(expectedCode, result.Error!.Code);
        Assert.NotEmpty(result.Error.Message.Get("fr-FR"));
        Assert.NotEmpty(result.Error.Message.Get("en-US"));
        Assert.Empty(Directory.Exists(_services.Paths.TempRoot) ? Directory.GetFiles(_services.Paths.TempRoot) : []);
    }

    [Fact]
    public async Task ValidateAsync_SvgRefusal_SaysWhy()
    {
        var result = await Validator.ValidateAsync(new MemoryStream(TestImages.SvgWithScript()), "logo.svg");

        Assert.Contains("SVG", result.Error!.Message.Get("en-US"), StringComparison.Ordinal);
        Assert.Contains("SVG", result.Error.Message.Get("fr-FR"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jpeg", "Photo du salon.JPEG", "jpg", "Image", 320, 200)]
    [InlineData("png", "logo.png", "png", "Image", 320, 200)]
    [InlineData("gif", "anim.gif", "gif", "Image", 320, 200)]
    [InlineData("webp", "photo.webp", "webp", "Image", 320, 200)]
    [InlineData("docx", "statuts.docx", "docx", "File", null, null)]
    [InlineData("csv", "adherents.csv", "csv", "File", null, null)]
    [InlineData("jpeg", "../../evil.jpg", "jpg", "Image", 320, 200)]
    public async Task ValidateAsync_GoodFile_ReturnsFacts(string sample, string fileName, string extension, string alias, int? width, int? height)
    {
        var bytes = Sample(sample);

        var result = await Validator.ValidateAsync(new MemoryStream(bytes), fileName);

        Assert.True(result.IsValid, result.Error?.Code);
        using var file = result.File!;
        Assert.Equal(extension, file.Extension);
        Assert.Equal(alias, file.MediaTypeAlias);
        Assert.Equal(width, file.Width);
        Assert.Equal(height, file.Height);
        var stored = await File.ReadAllBytesAsync(file.TempFilePath);
        Assert.Equal(stored.Length, file.Bytes);
        if (alias == "Image")
        {
            // Re-encoded (never the uploaded bytes), same format and size.
            var info = Image.Identify(stored, out var format);
            Assert.Equal((width, height), (info.Width, info.Height));
            Assert.Equal(extension, format.FileExtensions.First() == "jpeg" ? "jpg" : format.FileExtensions.First());
        }
        else
        {
            Assert.Equal(bytes, stored);
        }

        Assert.DoesNotContain("..", file.SafeFileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jpeg", "phone.jpg")]
    [InlineData("png", "scan.png")]
    [InlineData("webp", "photo.webp")]
    public async Task ValidateAsync_ImageWithExifGpsAndIcc_StoresReencodedFileWithoutMetadata(string format, string fileName)
    {
        var bytes = TestImages.WithMetadata(format, 200, 120);
        using (var original = Image.Load(bytes))
        {
            // The fixture really carries what must go (so this test can fail).
            Assert.NotNull(original.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
            Assert.Contains(TestImages.MetadataMarker, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }

        if (format == "jpeg")
        {
            Assert.Contains("ICC_PROFILE", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }

        var result = await Validator.ValidateAsync(new MemoryStream(bytes), fileName);

        Assert.True(result.IsValid, result.Error?.Code);
        using var file = result.File!;
        var stored = await File.ReadAllBytesAsync(file.TempFilePath);
        var text = Encoding.Latin1.GetString(stored);
        Assert.DoesNotContain(TestImages.MetadataMarker, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ICC_PROFILE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif\0\0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("iCCP", text, StringComparison.Ordinal);
        Assert.DoesNotContain("eXIf", text, StringComparison.Ordinal);
        using var reread = Image.Load(stored);
        Assert.Null(reread.Metadata.ExifProfile);
        Assert.Null(reread.Metadata.IccProfile);
        Assert.Null(reread.Metadata.XmpProfile);
        Assert.Null(reread.Metadata.IptcProfile);
        Assert.Equal((200, 120), (reread.Width, reread.Height));
        Assert.Equal((200, 120), (file.Width, file.Height));
        Assert.Equal(stored.Length, file.Bytes);
    }

    [Fact]
    public async Task ValidateAsync_AfterCraftedFiles_StillAcceptsAGoodImage()
    {
        foreach (var sample in new[] { "png-65535", "png-1x500000000", "gif-10000", "jpeg-truncated", "png-0x0" })
        {
            await Validator.ValidateAsync(new MemoryStream(Sample(sample)), "x.png");
        }

        var result = await Validator.ValidateAsync(new MemoryStream(TestImages.Jpeg(320, 200)), "ok.jpg");

        Assert.True(result.IsValid);
        result.File!.Dispose();
    }

    [Fact]
    public async Task StoreAsync_ValidatedFile_MovesItUnderAGeneratedName()
    {
        var store = _services.Get<IMediaFileStore>();
        var result = await Validator.ValidateAsync(new MemoryStream(TestImages.Jpeg(50, 50)), "../../../etc/passwd.jpg");
        using var file = result.File!;

        var storagePath = await store.StoreAsync(file);

        Assert.Matches("^[0-9a-f]{2}/[0-9a-f]{32}\\.jpg$", storagePath);
        Assert.True(File.Exists(store.GetPhysicalPath(storagePath)));
        Assert.False(File.Exists(file.TempFilePath));
        Assert.Equal("/media/" + storagePath, store.GetUrl(storagePath));
        Assert.Null(store.GetPhysicalPath("../../appsettings.json"));
    }

    private static byte[] Sample(string sample) => sample switch
    {
        "png-65535" => TestImages.PngHeaderOnly(65_535, 65_535),
        "png-1x500000000" => TestImages.PngHeaderOnly(1, 500_000_000),
        "png-0x0" => TestImages.PngHeaderOnly(0, 0),
        "gif-10000" => TestImages.GifFrames(10_000),
        "jpeg-truncated" => TestImages.TruncatedJpeg(),
        "tiff" => TestImages.Tiff(),
        "svg" => TestImages.SvgWithScript(),
        "html" => TestImages.Html(),
        "polyglot" => TestImages.JpegHtmlPolyglot(),
        "png" => TestImages.Png(320, 200),
        "jpeg" => TestImages.Jpeg(320, 200),
        "gif" => TestImages.Gif(320, 200),
        "webp" => TestImages.Webp(320, 200),
        "docx" => TestImages.Docx(),
        "csv" => Encoding.UTF8.GetBytes("nom;département\nCoopérative;47 - Lot-et-Garonne\n"),
        "zip-not-office" => [.. "PK\u0003\u0004"u8, .. new byte[100]],
        "binary" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00],
        "big" => [.. TestImages.Jpeg(16, 16), .. new byte[2_000_001]],
        _ => [],
    };
}
