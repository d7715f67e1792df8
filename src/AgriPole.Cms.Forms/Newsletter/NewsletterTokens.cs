using System.Security.Cryptography;
using System.Text;

namespace AgriPole.Cms.Forms.Newsletter;

/// <summary>Confirmation tokens: 256 random bits in the link, only their SHA-256 in the database.</summary>
public static class NewsletterTokens
{
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
