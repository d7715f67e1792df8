using System.Buffers;
using AgriPole.Cms.Core.Media;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// A forward-only reader over a stream with a pooled 64 KB buffer, for the metadata strippers: they walk files of up to
/// the upload cap segment by segment and must never hold a whole file in memory (ten 20 MB uploads at once).
/// Running out of bytes is a truncated image: <see cref="ImageRejectedException"/>.
/// </summary>
internal sealed class ByteReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _position;
    private int _length;

    public ByteReader(Stream stream) => _stream = stream;

    /// <summary>The next byte, or -1 at the end of the stream.</summary>
    public int TryReadByte() => _position < _length || Fill() ? _buffer[_position++] : -1;

    public byte ReadByte() => TryReadByte() is >= 0 and var b ? (byte)b : throw Truncated();

    public ushort ReadUInt16BigEndian() => (ushort)((ReadByte() << 8) | ReadByte());

    public void ReadExactly(Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            if (_position == _length && !Fill())
            {
                throw Truncated();
            }

            var n = Math.Min(destination.Length, _length - _position);
            _buffer.AsSpan(_position, n).CopyTo(destination);
            _position += n;
            destination = destination[n..];
        }
    }

    /// <summary>Copies <paramref name="count"/> bytes to <paramref name="destination"/> (or skips them when it is null).</summary>
    public void Copy(long count, Stream? destination)
    {
        while (count > 0)
        {
            if (_position == _length && !Fill())
            {
                throw Truncated();
            }

            var n = (int)Math.Min(count, _length - _position);
            destination?.Write(_buffer, _position, n);
            _position += n;
            count -= n;
        }
    }

    /// <summary>
    /// Copies JPEG entropy-coded data (byte stuffing 0xFF00 and restart markers included) up to the next other marker,
    /// and returns that marker's code (the byte after 0xFF, fill bytes skipped) without writing it.
    /// </summary>
    public byte CopyEntropyCodedData(Stream destination)
    {
        while (true)
        {
            if (_position == _length && !Fill())
            {
                throw Truncated();
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var ff = span.IndexOf((byte)0xFF);
            if (ff < 0)
            {
                destination.Write(span);
                _position = _length;
                continue;
            }

            destination.Write(span[..ff]);
            _position += ff + 1;
            var next = ReadByte();
            while (next == 0xFF)
            {
                next = ReadByte();
            }

            if (next == 0x00 || next is >= 0xD0 and <= 0xD7)
            {
                destination.WriteByte(0xFF);
                destination.WriteByte(next);
                continue;
            }

            return next;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    public static ImageRejectedException Truncated() =>
        new(MediaUploadErrorCodes.ImageInvalid, "The image is truncated.");

    private bool Fill()
    {
        _position = 0;
        _length = _stream.Read(_buffer, 0, _buffer.Length);
        return _length > 0;
    }
}
