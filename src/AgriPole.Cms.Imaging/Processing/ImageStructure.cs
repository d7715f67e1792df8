using AgriPole.Cms.Core.Media;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Container checks ImageSharp does not make: where the image ends. ImageSharp 2.1.13 loads a truncated JPEG without
/// error, and bytes after the end of an image are how polyglots (JPEG + ZIP, PNG + HTML) carry their second payload.
/// </summary>
public static class ImageStructure
{
    private static readonly byte[] PngIend = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <summary>Throws <see cref="ImageRejectedException"/> when the JPEG does not end with its EOI marker (trailing zero padding tolerated).</summary>
    public static void CheckJpegEnd(Stream stream)
    {
        var tail = ReadTail(stream, 4096);
        var end = tail.Length;
        while (end > 0 && tail[end - 1] == 0)
        {
            end--;
        }

        if (end < 2 || tail[end - 2] != 0xFF || tail[end - 1] != 0xD9)
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The JPEG is truncated or carries data after its end-of-image marker.");
        }
    }

    /// <summary>Throws when the PNG does not end with its IEND chunk.</summary>
    public static void CheckPngEnd(Stream stream)
    {
        var tail = ReadTail(stream, PngIend.Length);
        if (!tail.AsSpan().SequenceEqual(PngIend))
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The PNG is truncated or carries data after its IEND chunk.");
        }
    }

    /// <summary>Throws when the RIFF length of a WebP does not match the file (truncated or with trailing data).</summary>
    public static void CheckWebpLength(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.Position = 0;
        stream.ReadExactly(header);
        var riffLength = BitConverter.ToUInt32(header[4..]);
        var expected = (long)riffLength + 8;
        if (expected != stream.Length && expected + 1 != stream.Length)
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The WebP is truncated or carries data after its RIFF chunk.");
        }
    }

    /// <summary>
    /// Walks the GIF's blocks without decoding: counts frames (refusing more than <paramref name="maxFrames"/>) and checks
    /// the trailer is the last byte. Returns the frame count.
    /// </summary>
    public static int CheckGif(Stream stream, int maxFrames)
    {
        stream.Position = 0;
        // Not disposed: that would close the caller's stream.
        var reader = new BufferedStream(stream, 16 * 1024);
        Skip(reader, 6); // GIF87a / GIF89a
        Span<byte> screen = stackalloc byte[7];
        reader.ReadExactly(screen);
        if ((screen[4] & 0x80) != 0)
        {
            Skip(reader, 3 * (1 << ((screen[4] & 0x07) + 1)));
        }

        var frames = 0;
        Span<byte> descriptor = stackalloc byte[9];
        while (true)
        {
            var block = reader.ReadByte();
            switch (block)
            {
                case 0x21: // extension: label, then data sub-blocks
                    Need(reader.ReadByte());
                    SkipSubBlocks(reader);
                    break;
                case 0x2C: // image descriptor
                    reader.ReadExactly(descriptor);
                    if ((descriptor[8] & 0x80) != 0)
                    {
                        Skip(reader, 3 * (1 << ((descriptor[8] & 0x07) + 1)));
                    }

                    Need(reader.ReadByte()); // LZW minimum code size
                    SkipSubBlocks(reader);
                    if (++frames > maxFrames)
                    {
                        throw new ImageRejectedException(MediaUploadErrorCodes.TooManyFrames, $"The GIF has more than {maxFrames} frames.");
                    }

                    break;
                case 0x3B: // trailer
                    if (reader.Position != reader.Length || frames == 0)
                    {
                        throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF has no frame or carries data after its trailer.");
                    }

                    return frames;
                default:
                    throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF is truncated or malformed.");
            }
        }
    }

    private static void SkipSubBlocks(Stream reader)
    {
        while (true)
        {
            var size = Need(reader.ReadByte());
            if (size == 0)
            {
                return;
            }

            Skip(reader, size);
        }
    }

    private static int Need(int value) =>
        value < 0 ? throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF is truncated.") : value;

    private static void Skip(Stream reader, int count)
    {
        if (reader.Position + count > reader.Length)
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF is truncated.");
        }

        reader.Seek(count, SeekOrigin.Current);
    }

    private static byte[] ReadTail(Stream stream, int count)
    {
        var length = (int)Math.Min(count, stream.Length);
        var tail = new byte[length];
        stream.Position = stream.Length - length;
        stream.ReadExactly(tail);
        return tail;
    }
}
