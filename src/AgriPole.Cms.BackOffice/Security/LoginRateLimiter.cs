using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Security;

/// <summary>
/// Limits login POSTs per client address. Kept inside the back-office (not the global rate-limiting middleware) so
/// the login is limited whatever the host's pipeline looks like.
/// </summary>
public sealed class LoginRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public LoginRateLimiter(IOptions<BackOfficeSettings> settings)
    {
        var s = settings.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = s.LoginPermitLimit,
            Window = s.LoginWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>True when this attempt is allowed.</summary>
    public bool TryAcquire(HttpContext context)
    {
        var key = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
