using System.Text;
using AgriPole.Cms.Imaging.Tests.Support;
using AgriPole.Cms.Imaging.Uploads;

namespace AgriPole.Cms.Imaging.Tests.Uploads;

public class FileSignaturesTests
{
    public static TheoryData<string, FileKind> Samples => new()
    {
        { "jpeg", FileKind.Jpeg },
        { "png", FileKind.Png },
        { "gif", FileKind.Gif },
        { "webp", FileKind.Webp },
        { "tiff", FileKind.Tiff },
        { "svg", FileKind.Svg },
        { "html", FileKind.Html },
        { "docx", FileKind.Zip },
        { "csv", FileKind.Text },
        { "pdf", FileKind.Pdf },
        { "binary", FileKind.Unknown },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detect_KnownBytes_ReturnsKind(string sample, FileKind expected)
    {
        var bytes = sample switch
        {
            "jpeg" => TestImages.Jpeg(8, 8),
            "png" => TestImages.Png(8, 8),
            "gif" => TestImages.Gif(8, 8),
            "webp" => TestImages.Webp(8, 8),
            "tiff" => TestImages.Tiff(),
            "svg" => TestImages.SvgWithScript(),
            "html" => TestImages.Html(),
            "docx" => TestImages.Docx(),
            "csv" => Encoding.UTF8.GetBytes("nom;ville\nCoop;Agen\n"),
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"),
            _ => new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 },
        };

        Assert.Equal(expected, FileSignatures.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, FileSignatures.HeadLength)), bytes.Length));
    }

    [Fact]
    public void Detect_SvgWithoutXmlDeclaration_IsSvg() =>
        Assert.Equal(FileKind.Svg, FileSignatures.Detect("  <svg onload=alert(1)>"u8, 23));

    [Fact]
    public void Detect_EmptyFile_IsEmpty() => Assert.Equal(FileKind.Empty, FileSignatures.Detect([], 0));
}
