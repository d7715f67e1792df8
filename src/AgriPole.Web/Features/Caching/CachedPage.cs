using System.IO.Compression;
using System.Security.Cryptography;

namespace AgriPole.Web.Features.Caching;

/// <summary>A rendered page: UTF-8 bytes, status, an ETag, and compressed copies made on first demand.</summary>
public sealed class CachedPage
{
    private byte[]? _brotli;
    private byte[]? _gzip;

    public CachedPage(byte[] body, int statusCode)
    {
        Body = body;
        StatusCode = statusCode;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";
    }

    public byte[] Body { get; }

    public int StatusCode { get; }

    public string ETag { get; }

    /// <summary>Cached pages hold no per-visitor secret, so compressing them cannot leak one (BREACH).</summary>
    public byte[] Brotli => _brotli ??= Compress(Body, static s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true));

    public byte[] Gzip => _gzip ??= Compress(Body, static s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));

    private static byte[] Compress(byte[] body, Func<Stream, Stream> create)
    {
        using var output = new MemoryStream(body.Length / 3);
        using (var compressor = create(output))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
