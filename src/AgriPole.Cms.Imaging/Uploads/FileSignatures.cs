using System.Text;

namespace AgriPole.Cms.Imaging.Uploads;

/// <summary>Recognises a file by its first bytes (magic numbers), never by its name.</summary>
public static class FileSignatures
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 1024;

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] HtmlStarts =
        ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<?php", "<%", "<meta", "<a ", "<div", "<img", "<object", "<embed"];

    /// <summary>The kind the leading bytes show; <paramref name="totalLength"/> 0 is <see cref="FileKind.Empty"/>.</summary>
    public static FileKind Detect(ReadOnlySpan<byte> head, long totalLength)
    {
        if (totalLength == 0 || head.IsEmpty)
        {
            return FileKind.Empty;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return FileKind.Jpeg;
        }

        if (head.StartsWith(PngMagic))
        {
            return FileKind.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return FileKind.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return FileKind.Webp;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return FileKind.Zip;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return FileKind.Tiff;
        }

        if (head.StartsWith("BM"u8))
        {
            return FileKind.Bmp;
        }

        return DetectText(head);
    }

    /// <summary>Text, unless it is markup a browser would render (HTML, SVG, XML) or holds control bytes of a binary file.</summary>
    private static FileKind DetectText(ReadOnlySpan<byte> head)
    {
        var start = head;
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        foreach (var b in start)
        {
            // NUL and the C0 controls other than tab, CR, LF and form feed never occur in text or CSV.
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                return FileKind.Unknown;
            }
        }

        // Latin-1 or UTF-8 alike: markup is ASCII, so a lower-cased ASCII view of the head is enough to spot it.
        var text = Encoding.Latin1.GetString(start).TrimStart().ToLowerInvariant();
        if (text.Contains("<svg", StringComparison.Ordinal))
        {
            return FileKind.Svg;
        }

        if (text.StartsWith("<?xml", StringComparison.Ordinal) || HtmlStarts.Any(h => text.StartsWith(h, StringComparison.Ordinal))
            || text.Contains("<script", StringComparison.Ordinal) || text.Contains("<html", StringComparison.Ordinal))
        {
            return FileKind.Html;
        }

        return FileKind.Text;
    }

    /// <summary>The kind an allowed extension must have, or null when the extension has no signature rule (never accepted).</summary>
    public static FileKind? ExpectedKind(string extension) => extension switch
    {
        "jpg" or "jpeg" => FileKind.Jpeg,
        "png" => FileKind.Png,
        "gif" => FileKind.Gif,
        "webp" => FileKind.Webp,
        "pdf" => FileKind.Pdf,
        "docx" or "xlsx" or "pptx" => FileKind.Zip,
        "txt" or "csv" => FileKind.Text,
        _ => null,
    };

    public static bool IsImage(FileKind kind) => kind is FileKind.Jpeg or FileKind.Png or FileKind.Gif or FileKind.Webp;
}
