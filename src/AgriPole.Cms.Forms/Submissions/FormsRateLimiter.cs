using System.Threading.RateLimiting;
using AgriPole.Cms.Forms.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// Per-IP fixed window on submissions (HTML and API), using ASP.NET's rate limiting primitives directly so the
/// forms do not depend on where the host places the rate-limiting middleware.
/// </summary>
public sealed class FormsRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public FormsRateLimiter(IOptions<FormsSettings> settings)
    {
        var s = settings.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, s.RateLimitPermits),
            Window = s.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>False when this client has used up its submissions for the window.</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(ClientIpHasher.ClientIp(context));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
