using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.Imaging.Tests.Support;

/// <summary>Fixture files made here, by ImageSharp or byte by byte (crafted headers); nothing is downloaded.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width, int height, Rgba32? color = null) => Encode(width, height, color ?? new Rgba32(40, 110, 60), new JpegEncoder { Quality = 90 });

    public static byte[] Png(int width, int height, Rgba32? color = null) => Encode(width, height, color ?? new Rgba32(40, 110, 60), new PngEncoder());

    public static byte[] Webp(int width, int height) => Encode(width, height, new Rgba32(30, 80, 120), new WebpEncoder { FileFormat = WebpFileFormatType.Lossless });

    public static byte[] Gif(int width, int height) => Encode(width, height, new Rgba32(200, 30, 30), new GifEncoder());

    /// <summary>A grey image with a red dot (radius <paramref name="radius"/>) at the given fractions of width and height.</summary>
    public static byte[] PngWithDot(int width, int height, double left, double top, int radius = 12)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(128, 128, 128));
        var cx = (int)(left * width);
        var cy = (int)(top * height);
        for (var y = Math.Max(0, cy - radius); y < Math.Min(height, cy + radius); y++)
        {
            for (var x = Math.Max(0, cx - radius); x < Math.Min(width, cx + radius); x++)
            {
                image[x, y] = new Rgba32(255, 0, 0);
            }
        }

        using var stream = new MemoryStream();
        image.Save(stream, new PngEncoder());
        return stream.ToArray();
    }

    /// <summary>A hand-written PNG: signature, IHDR declaring any size, one tiny IDAT, IEND (CRCs correct).</summary>
    public static byte[] PngHeaderOnly(uint width, uint height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        WriteChunk(stream, "IHDR", ihdr);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(new byte[64]);
            }

            WriteChunk(stream, "IDAT", compressed.ToArray());
        }

        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    /// <summary>A hand-written GIF of 1×1 frames (the classic 1-pixel LZW data), <paramref name="frames"/> of them.</summary>
    public static byte[] GifFrames(int frames)
    {
        using var stream = new MemoryStream();
        stream.Write("GIF89a"u8);
        stream.Write([1, 0, 1, 0, 0x80, 0, 0]); // 1×1, global colour table of 2
        stream.Write([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            stream.Write([0x21, 0xF9, 4, 0, 1, 0, 0, 0]); // graphic control: 10 ms delay
            stream.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]);
        }

        stream.WriteByte(0x3B);
        return stream.ToArray();
    }

    /// <summary>A hand-written, valid 1×1 8-bit greyscale uncompressed TIFF (little-endian).</summary>
    public static byte[] Tiff()
    {
        var entries = new (ushort Tag, ushort Type, uint Value)[]
        {
            (256, 3, 1), (257, 3, 1), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 0), (277, 3, 1), (278, 3, 1), (279, 4, 1),
        };
        var ifdLength = 2 + (entries.Length * 12) + 4;
        var pixelOffset = (uint)(8 + ifdLength);
        var bytes = new byte[pixelOffset + 1];
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = 10 + (i * 12);
            var (tag, type, value) = entries[i];
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), 1);
            var v = tag == 273 ? pixelOffset : value;
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 8), (ushort)v);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 8), v);
            }
        }

        bytes[pixelOffset] = 0x80;
        return bytes;
    }

    public static byte[] SvgWithScript() =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.cookie)</script></svg>");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    /// <summary>A real JPEG with an HTML page appended: a JPEG to a decoder, a page to a sniffing browser.</summary>
    public static byte[] JpegHtmlPolyglot() => [.. Jpeg(64, 64), .. Html()];

    public static byte[] TruncatedJpeg()
    {
        var full = Jpeg(400, 300);
        return full[..(full.Length * 2 / 3)];
    }

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using (var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                w.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>Camera make written into the metadata fixtures: its absence proves the EXIF block is gone.</summary>
    public const string MetadataMarker = "AgriCamGPS";

    /// <summary>
    /// A photo as a phone writes it: EXIF with the camera make and a GPS position (Toulouse), an ICC profile, and for
    /// PNG a text chunk; encoded with ImageSharp's default configuration (which writes metadata).
    /// </summary>
    public static byte[] WithMetadata(string format, int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(90, 140, 60));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, MetadataMarker);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(43, 1), new Rational(36, 1), new Rational(16, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(1, 1), new Rational(26, 1), new Rational(38, 1)]);
        image.Metadata.ExifProfile = exif;
        image.Metadata.IccProfile = new IccProfile(MinimalIccProfile());
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", MetadataMarker, string.Empty, string.Empty));
        using var stream = new MemoryStream();
        image.Save(stream, format switch
        {
            "jpeg" => new JpegEncoder { Quality = 90 },
            "png" => new PngEncoder(),
            "webp" => new WebpEncoder { FileFormat = WebpFileFormatType.Lossy },
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        });
        return stream.ToArray();
    }

    /// <summary>A syntactically valid ICC v4 header with no tags (132 bytes), enough for encoders to embed it.</summary>
    public static byte[] MinimalIccProfile()
    {
        var icc = new byte[132];
        BinaryPrimitives.WriteUInt32BigEndian(icc, (uint)icc.Length);
        "lcms"u8.CopyTo(icc.AsSpan(4));
        icc[8] = 4; // version 4.0
        "mntr"u8.CopyTo(icc.AsSpan(12));
        "RGB "u8.CopyTo(icc.AsSpan(16));
        "XYZ "u8.CopyTo(icc.AsSpan(20));
        "acsp"u8.CopyTo(icc.AsSpan(36));
        return icc;
    }

    private static byte[] Encode(int width, int height, Rgba32 color, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var image = new Image<Rgba32>(width, height, color);
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        stream.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
