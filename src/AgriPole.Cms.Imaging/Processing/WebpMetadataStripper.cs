using System.Buffers.Binary;
using AgriPole.Cms.Core.Media;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Copies a still WebP without its ICCP, EXIF and XMP chunks (and their VP8X flags), byte for byte otherwise: the VP8X,
/// ALPH, VP8 and VP8L chunks. Animated WebPs are not handled here (returns false): the caller decodes and re-encodes.
/// </summary>
public static class WebpMetadataStripper
{
    private const byte IccFlag = 0x20;
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;
    private const byte AnimationFlag = 0x02;

    /// <summary>Writes the stripped file to <paramref name="destination"/>; false (nothing written) for an animated WebP. <paramref name="source"/> must be seekable.</summary>
    public static bool Strip(Stream source, Stream destination)
    {
        // Pass 1: the chunk table (headers only), to know the RIFF length to write before the chunks.
        var chunks = new List<(long Offset, uint Size, bool Keep)>();
        Span<byte> header = stackalloc byte[12];
        source.Position = 0;
        source.ReadExactly(header);
        if (!header[..4].SequenceEqual("RIFF"u8) || !header[8..].SequenceEqual("WEBP"u8))
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "Not a WebP.");
        }

        var end = Math.Min(source.Length, 8L + BinaryPrimitives.ReadUInt32LittleEndian(header[4..]));
        long kept = 4; // "WEBP"
        var position = 12L;
        Span<byte> chunk = stackalloc byte[8];
        byte flags = 0;
        var extended = false;
        while (position + 8 <= end)
        {
            source.Position = position;
            source.ReadExactly(chunk);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            var padded = 8L + size + (size & 1);
            if (position + padded > end + 1)
            {
                throw ByteReader.Truncated();
            }

            var fourCc = chunk[..4];
            if (position == 12 && fourCc.SequenceEqual("VP8X"u8))
            {
                extended = true;
                flags = (byte)source.ReadByte();
                if ((flags & AnimationFlag) != 0)
                {
                    return false;
                }
            }

            var keep = fourCc.SequenceEqual("VP8X"u8) || fourCc.SequenceEqual("ALPH"u8) || fourCc.SequenceEqual("VP8 "u8) || fourCc.SequenceEqual("VP8L"u8);
            chunks.Add((position, size, keep));
            if (keep)
            {
                kept += padded;
            }

            // A simple-format file is its one image chunk: anything after it is not part of the image.
            if (!extended && keep)
            {
                break;
            }

            position += padded;
        }

        if (kept > uint.MaxValue || !chunks.Exists(c => c.Keep))
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The WebP has no image data.");
        }

        // Pass 2: copy the kept chunks.
        destination.Write("RIFF"u8);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)kept);
        destination.Write(length);
        destination.Write("WEBP"u8);
        foreach (var (offset, size, keep) in chunks)
        {
            if (!keep)
            {
                continue;
            }

            source.Position = offset;
            using var reader = new ByteReader(source);
            var total = 8L + size + (size & 1);
            if (offset == 12 && extended)
            {
                // VP8X: its header, then the flags without ICC, EXIF and XMP, then the rest as is.
                reader.Copy(8, destination);
                destination.WriteByte((byte)(reader.ReadByte() & ~(IccFlag | ExifFlag | XmpFlag)));
                reader.Copy(total - 9, destination);
            }
            else
            {
                reader.Copy(total, destination);
            }
        }

        return true;
    }
}
