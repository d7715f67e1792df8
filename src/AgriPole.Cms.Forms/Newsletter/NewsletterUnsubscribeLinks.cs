using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace AgriPole.Cms.Forms.Newsletter;

/// <summary>
/// Unsubscribe links that never expire and need no table: the address is protected with the Data Protection key ring,
/// which lives in the database, so every node reads a link any node wrote, and old keys stay readable after rotation.
/// A forged or altered token is refused. The link names no one in clear (the address is encrypted).
/// </summary>
public sealed class NewsletterUnsubscribeLinks(IDataProtectionProvider provider)
{
    private const string Path = "/umbraco/forms/newsletter/unsubscribe";

    private readonly IDataProtector _protector = provider.CreateProtector("AgriPole.Cms.Forms.Newsletter.Unsubscribe.v1");

    /// <summary>The absolute link for <paramref name="email"/>, its page in <paramref name="culture"/>; <paramref name="baseUrl"/> has no trailing slash.</summary>
    public string Create(string baseUrl, string email, string culture) =>
        $"{baseUrl}{Path}?token={Uri.EscapeDataString(_protector.Protect(email.Trim().ToLowerInvariant()))}&culture={Uri.EscapeDataString(culture)}";

    /// <summary>The address the token was made for; null when the token is missing, forged or unreadable.</summary>
    public string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
