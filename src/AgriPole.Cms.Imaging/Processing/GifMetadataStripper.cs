using AgriPole.Cms.Core.Media;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Copies a GIF's first frame without re-encoding it: header, logical screen and global colour table, the graphic
/// control extension that applies to the first image (its transparency), the first image, the trailer. Comment,
/// application (NETSCAPE loop, XMP) and plain-text extensions and later frames are dropped (GIFs keep their first frame,
/// as renditions always did). The structure was walked and the frames counted by <see cref="ImageStructure.CheckGif"/> first.
/// </summary>
public static class GifMetadataStripper
{
    public static void Strip(Stream source, Stream destination)
    {
        using var reader = new ByteReader(source);
        Span<byte> head = stackalloc byte[13];
        reader.ReadExactly(head);
        if (!head[..3].SequenceEqual("GIF"u8))
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "Not a GIF.");
        }

        destination.Write(head);
        if ((head[10] & 0x80) != 0)
        {
            reader.Copy(3 * (1 << ((head[10] & 0x07) + 1)), destination);
        }

        byte[]? control = null;
        Span<byte> descriptor = stackalloc byte[9];
        while (true)
        {
            switch (reader.ReadByte())
            {
                case 0x21:
                    var label = reader.ReadByte();
                    if (label == 0xF9)
                    {
                        // Graphic control: fixed 4-byte block then the terminator; the last one before the image applies.
                        var size = reader.ReadByte();
                        if (size != 4)
                        {
                            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF has a malformed graphic control extension.");
                        }

                        control = new byte[8];
                        control[0] = 0x21;
                        control[1] = 0xF9;
                        control[2] = 4;
                        reader.ReadExactly(control.AsSpan(3, 5));
                        if (control[7] != 0)
                        {
                            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF has a malformed graphic control extension.");
                        }
                    }
                    else
                    {
                        CopySubBlocks(reader, null);
                    }

                    break;
                case 0x2C:
                    if (control is not null)
                    {
                        destination.Write(control);
                    }

                    destination.WriteByte(0x2C);
                    reader.ReadExactly(descriptor);
                    destination.Write(descriptor);
                    if ((descriptor[8] & 0x80) != 0)
                    {
                        reader.Copy(3 * (1 << ((descriptor[8] & 0x07) + 1)), destination);
                    }

                    destination.WriteByte(reader.ReadByte()); // LZW minimum code size
                    CopySubBlocks(reader, destination);
                    destination.WriteByte(0x3B);
                    return;
                default:
                    throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The GIF is truncated or malformed.");
            }
        }
    }

    private static void CopySubBlocks(ByteReader reader, Stream? destination)
    {
        while (true)
        {
            var size = reader.ReadByte();
            destination?.WriteByte(size);
            if (size == 0)
            {
                return;
            }

            reader.Copy(size, destination);
        }
    }
}
