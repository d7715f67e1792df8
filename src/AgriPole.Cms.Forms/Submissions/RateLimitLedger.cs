using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// The per-IP limit within one transaction: each client's hits in the window are read once, then counted in memory as
/// the transaction adds attempts, so a group commit of several posts from one address stops exactly at the limit.
/// Made by <see cref="FormsRateLimiter.StartLedger"/>; the caller saves and commits.
/// </summary>
public sealed class RateLimitLedger(long sinceUnixMs, int permits, long nowUnixMs)
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    /// <summary>Whether this transaction counted any attempt (the caller then prunes old hits when due).</summary>
    public bool Counted => _used.Count > 0;

    /// <summary>Adds a hit and answers true while <paramref name="clientIpHash"/> is under its limit; false (nothing added) once it is reached.</summary>
    public async Task<bool> TryCountAsync(FormsDbContext db, string clientIpHash, CancellationToken cancellationToken)
    {
        if (!_used.TryGetValue(clientIpHash, out var count))
        {
            count = await db.RateLimitHits.CountAsync(h => h.ClientIpHash == clientIpHash && h.AttemptedUnixMs > sinceUnixMs, cancellationToken);
        }

        if (count >= permits)
        {
            _used[clientIpHash] = count;
            return false;
        }

        _used[clientIpHash] = count + 1;
        db.RateLimitHits.Add(new FormsRateLimitHit { Key = Guid.NewGuid().ToString("N"), ClientIpHash = clientIpHash, AttemptedUnixMs = nowUnixMs });
        return true;
    }
}
