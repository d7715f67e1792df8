using System.Text;
using Microsoft.Extensions.Primitives;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// Parses an application/x-www-form-urlencoded body strictly. ASP.NET's reader leaves undecodable percent sequences
/// as literal text and refuses some bytes (%00) for the whole request; here every value is decoded on its own, and a
/// value that is not valid UTF-8 becomes U+FFFD, which validation reports on that field in the visitor's language.
/// </summary>
public static class UrlEncodedFormParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Null when the body has more than <paramref name="maxPairs"/> pairs.</summary>
    public static Dictionary<string, StringValues>? Parse(ReadOnlySpan<byte> body, int maxPairs)
    {
        var result = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        var buffer = new byte[Math.Min(body.Length, 4 * 1024 * 1024)];
        while (body.Length > 0)
        {
            var amp = body.IndexOf((byte)'&');
            var pair = amp < 0 ? body : body[..amp];
            body = amp < 0 ? [] : body[(amp + 1)..];
            if (pair.Length == 0)
            {
                continue;
            }

            if (++count > maxPairs)
            {
                return null;
            }

            var eq = pair.IndexOf((byte)'=');
            var key = Decode(eq < 0 ? pair : pair[..eq], buffer);
            var value = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..], buffer);
            result[key] = result.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }

        return result;
    }

    private static string Decode(ReadOnlySpan<byte> encoded, byte[] buffer)
    {
        var n = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                buffer[n++] = (byte)' ';
            }
            else if (b == (byte)'%' && i + 2 < encoded.Length && Hex(encoded[i + 1]) is >= 0 and var hi && Hex(encoded[i + 2]) is >= 0 and var lo)
            {
                buffer[n++] = (byte)((hi << 4) | lo);
                i += 2;
            }
            else
            {
                buffer[n++] = b;
            }
        }

        try
        {
            return StrictUtf8.GetString(buffer, 0, n);
        }
        catch (DecoderFallbackException)
        {
            return "\uFFFD";
        }
    }

    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
