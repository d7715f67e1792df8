using AgriPole.Cms.Core.Media;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Copies a JPEG without its metadata, byte for byte otherwise (no decode, no re-encode, no generation loss): drops
/// APP1..APP13 and APP15 (EXIF with GPS and camera serials, XMP, ICC, IPTC/Photoshop, maker data) and comments, keeps
/// APP0 JFIF (its thumbnail cut) and APP14 Adobe (the colour transform decoders need), every frame, table and scan
/// segment, and stops at the end-of-image marker. Returns the EXIF orientation it found (1 when none) so the caller
/// can turn the pixels upright, since the tag itself is dropped.
/// </summary>
public static class JpegMetadataStripper
{
    private const byte Soi = 0xD8;
    private const byte Eoi = 0xD9;
    private const byte Sos = 0xDA;
    private const byte App0 = 0xE0;
    private const byte App1 = 0xE1;
    private const byte App14 = 0xEE;
    private const byte Com = 0xFE;

    public static int Strip(Stream source, Stream destination)
    {
        using var reader = new ByteReader(source);
        if (reader.ReadByte() != 0xFF || reader.ReadByte() != Soi)
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "Not a JPEG.");
        }

        destination.WriteByte(0xFF);
        destination.WriteByte(Soi);
        var orientation = 0;
        var sawFrame = false;
        int? pending = null;
        while (true)
        {
            var marker = pending ?? ReadMarker(reader);
            pending = null;
            if (marker == Eoi)
            {
                if (!sawFrame)
                {
                    throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The JPEG has no image data.");
                }

                destination.WriteByte(0xFF);
                destination.WriteByte(Eoi);
                return orientation is >= 1 and <= 8 ? orientation : 1;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Standalone markers (TEM, a stray restart): no length.
                destination.WriteByte(0xFF);
                destination.WriteByte((byte)marker);
                continue;
            }

            var length = reader.ReadUInt16BigEndian();
            if (length < 2)
            {
                throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The JPEG has a malformed segment.");
            }

            var payload = length - 2;
            switch (marker)
            {
                case App0:
                    CopyJfif(reader, destination, payload);
                    break;
                case App1 when orientation == 0:
                    orientation = ReadExifOrientation(reader, payload);
                    break;
                case App14:
                    WriteSegmentHeader(destination, (byte)marker, length);
                    reader.Copy(payload, destination);
                    break;
                case (>= App0 and <= 0xEF) or Com:
                    reader.Copy(payload, null);
                    break;
                case Sos:
                    sawFrame = true;
                    WriteSegmentHeader(destination, Sos, length);
                    reader.Copy(payload, destination);
                    pending = reader.CopyEntropyCodedData(destination);
                    break;
                default:
                    // SOFn, DHT, DQT, DRI, DAC, DNL, EXP...: image data.
                    WriteSegmentHeader(destination, (byte)marker, length);
                    reader.Copy(payload, destination);
                    break;
            }
        }
    }

    /// <summary>
    /// Maps an EXIF orientation (1..8) to the transform that shows the stored pixels upright: the rotation (clockwise
    /// degrees, applied first) and whether to flip horizontally or vertically after it.
    /// </summary>
    public static (int RotateDegrees, bool FlipHorizontal, bool FlipVertical) Transform(int orientation) => orientation switch
    {
        2 => (0, true, false),
        3 => (180, false, false),
        4 => (0, false, true),
        5 => (90, true, false),
        6 => (90, false, false),
        7 => (90, false, true),
        8 => (270, false, false),
        _ => (0, false, false),
    };

    /// <summary>True when the orientation swaps width and height (5..8).</summary>
    public static bool SwapsSides(int orientation) => orientation is >= 5 and <= 8;

    private static int ReadMarker(ByteReader reader)
    {
        if (reader.ReadByte() != 0xFF)
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The JPEG has a malformed segment.");
        }

        byte marker;
        do
        {
            marker = reader.ReadByte();
        }
        while (marker == 0xFF);
        return marker;
    }

    private static void WriteSegmentHeader(Stream destination, byte marker, int length)
    {
        destination.WriteByte(0xFF);
        destination.WriteByte(marker);
        destination.WriteByte((byte)(length >> 8));
        destination.WriteByte((byte)length);
    }

    /// <summary>Keeps a JFIF APP0's 14 bytes of version and density without its thumbnail; drops any other APP0 (JFXX thumbnails).</summary>
    private static void CopyJfif(ByteReader reader, Stream destination, int payload)
    {
        Span<byte> jfif = stackalloc byte[14];
        if (payload < jfif.Length)
        {
            reader.Copy(payload, null);
            return;
        }

        reader.ReadExactly(jfif);
        reader.Copy(payload - jfif.Length, null);
        if (!jfif[..5].SequenceEqual("JFIF\0"u8))
        {
            return;
        }

        jfif[12] = 0; // thumbnail width
        jfif[13] = 0; // thumbnail height
        WriteSegmentHeader(destination, App0, jfif.Length + 2);
        destination.Write(jfif);
    }

    /// <summary>Reads the orientation tag (0x0112) of IFD0 of an EXIF APP1; 0 when it is not EXIF or has none. Bounds-checked: a lying offset gives 0.</summary>
    private static int ReadExifOrientation(ByteReader reader, int payload)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(payload);
        try
        {
            var data = buffer.AsSpan(0, payload);
            reader.ReadExactly(data);
            return ExifOrientation(data);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static int ExifOrientation(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
        {
            return 0;
        }

        var tiff = app1[6..];
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I')
        {
            little = true;
        }
        else if (tiff[0] == 'M' && tiff[1] == 'M')
        {
            little = false;
        }
        else
        {
            return 0;
        }

        var ifd = U32(tiff, 4, little);
        if (ifd < 8 || ifd > tiff.Length - 2)
        {
            return 0;
        }

        var count = U16(tiff, (int)ifd, little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return 0;
            }

            // Tag 0x0112, type SHORT (3), one value stored in the entry itself.
            if (U16(tiff, entry, little) == 0x0112 && U16(tiff, entry + 2, little) == 3 && U32(tiff, entry + 4, little) == 1)
            {
                var value = U16(tiff, entry + 8, little);
                return value is >= 1 and <= 8 ? value : 0;
            }
        }

        return 0;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint U32(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) : System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
