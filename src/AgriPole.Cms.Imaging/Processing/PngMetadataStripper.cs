using System.Buffers.Binary;
using AgriPole.Cms.Core.Media;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Copies a PNG keeping only the chunks that make its pixels (IHDR, PLTE, tRNS, IDAT, IEND and the colour chunks
/// gAMA, cHRM, sRGB, sBIT): text (tEXt, zTXt, iTXt), eXIf, iCCP, tIME, pHYs, APNG frames and private chunks are
/// dropped. Kept chunks are copied byte for byte (their CRCs stay valid); nothing is decoded or re-compressed.
/// </summary>
public static class PngMetadataStripper
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Strip(Stream source, Stream destination)
    {
        using var reader = new ByteReader(source);
        Span<byte> signature = stackalloc byte[8];
        reader.ReadExactly(signature);
        if (!signature.SequenceEqual(Signature))
        {
            throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "Not a PNG.");
        }

        destination.Write(signature);
        Span<byte> header = stackalloc byte[8];
        var first = true;
        while (true)
        {
            reader.ReadExactly(header);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (length > int.MaxValue)
            {
                throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The PNG has a malformed chunk.");
            }

            var type = header[4..];
            if (first && !type.SequenceEqual("IHDR"u8))
            {
                throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The PNG does not start with IHDR.");
            }

            first = false;
            var keep = Kept(type);
            if (keep)
            {
                destination.Write(header);
            }

            reader.Copy(length + 4L, keep ? destination : null); // data and CRC
            if (type.SequenceEqual("IEND"u8))
            {
                return;
            }
        }
    }

    private static bool Kept(ReadOnlySpan<byte> type) =>
        type.SequenceEqual("IHDR"u8) || type.SequenceEqual("PLTE"u8) || type.SequenceEqual("tRNS"u8) || type.SequenceEqual("IDAT"u8)
        || type.SequenceEqual("IEND"u8) || type.SequenceEqual("gAMA"u8) || type.SequenceEqual("cHRM"u8) || type.SequenceEqual("sRGB"u8)
        || type.SequenceEqual("sBIT"u8);
}
