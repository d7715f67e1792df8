using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// Per-IP sliding window on submissions (HTML and API together), counted in the database so the limit holds across
/// nodes and restarts (house rule: nothing another node needs lives in one process's memory). One statement inserts
/// the attempt only while the client is under its limit; SQLite serialises writers, so the count is exact there;
/// on PostgreSQL (read committed) two simultaneous attempts can overshoot by the number of concurrent requests.
/// </summary>
public sealed class FormsRateLimiter(
    IDbContextFactory<FormsDbContext> dbFactory,
    FormsWriteGate writeGate,
    ClientIpHasher ipHasher,
    IOptionsMonitor<FormsSettings> settings,
    TimeProvider time)
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private long _nextPruneMs;

    /// <summary>False when this client has used up its submissions for the window (the attempt is then not counted).</summary>
    public Task<bool> TryAcquireAsync(HttpContext context) => TryAcquireAsync(ipHasher.Hash(context), context.RequestAborted);

    public async Task<bool> TryAcquireAsync(string clientIpHash, CancellationToken cancellationToken = default)
    {
        var s = settings.CurrentValue;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var since = now - (long)s.RateLimitWindow.TotalMilliseconds;
        var permits = Math.Max(1, s.RateLimitPermits);
        var key = Guid.NewGuid().ToString("N");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using var queued = await writeGate.EnterAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "formsRateLimitHit" ("Key", "ClientIpHash", "AttemptedUnixMs")
            SELECT {key}, {clientIpHash}, {now}
            WHERE (SELECT COUNT(*) FROM "formsRateLimitHit" WHERE "ClientIpHash" = {clientIpHash} AND "AttemptedUnixMs" > {since}) < {permits}
            """,
            cancellationToken);

        await PruneIfDueAsync(db, cancellationToken);
        return inserted == 1;
    }

    /// <summary>The window's start (Unix ms) and the permits in it, as configured now.</summary>
    public (long SinceUnixMs, int Permits, long NowUnixMs) CurrentWindow()
    {
        var s = settings.CurrentValue;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return (now - (long)s.RateLimitWindow.TotalMilliseconds, Math.Max(1, s.RateLimitPermits), now);
    }

    /// <summary>
    /// Old rows only matter for the window: each node prunes at most once a minute (one indexed delete). The caller
    /// holds the forms write queue.
    /// </summary>
    public async Task PruneIfDueAsync(FormsDbContext db, CancellationToken cancellationToken)
    {
        var (since, _, now) = CurrentWindow();
        var due = Interlocked.Read(ref _nextPruneMs);
        if (now >= due && Interlocked.CompareExchange(ref _nextPruneMs, now + (long)PruneEvery.TotalMilliseconds, due) == due)
        {
            await db.RateLimitHits.Where(h => h.AttemptedUnixMs <= since).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
