using System.Security.Cryptography;
using System.Text;
using AgriPole.Cms.Forms.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>HMAC-SHA256 of the client IP: abuse can be correlated, the address itself is never stored.</summary>
public sealed class ClientIpHasher(IOptions<FormsSettings> settings)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(settings.Value.IpHashKey);

    public static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public string Hash(HttpContext context) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(ClientIp(context))));
}
