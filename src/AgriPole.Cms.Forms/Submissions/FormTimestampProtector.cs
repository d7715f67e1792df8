using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// The signed render time put in each form: a post that comes back sooner than the minimum fill time, or with a
/// missing or forged stamp, is a bot. Data Protection signs and encrypts it, so it cannot be made up.
/// </summary>
public sealed class FormTimestampProtector(IDataProtectionProvider provider, TimeProvider time)
{
    private readonly IDataProtector _protector = provider.CreateProtector("AgriPole.Cms.Forms.RenderedAt.v1");

    public string Create(string formAlias) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{formAlias}|{time.GetUtcNow().UtcTicks}"));

    /// <summary>How long ago the form was rendered; null when the stamp is missing, forged or for another form.</summary>
    public TimeSpan? Elapsed(string formAlias, string? stamp)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 1000)
        {
            return null;
        }

        try
        {
            var plain = _protector.Unprotect(stamp);
            var bar = plain.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0 || !string.Equals(plain[..bar], formAlias, StringComparison.OrdinalIgnoreCase)
                || !long.TryParse(plain.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }

            return time.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
