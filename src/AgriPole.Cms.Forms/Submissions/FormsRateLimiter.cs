using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// Per-IP sliding window on submissions (HTML and API together), counted in the database so the limit holds across
/// nodes and restarts (house rule: nothing another node needs lives in one process's memory). The count and the new
/// hit are in one transaction (<see cref="RateLimitLedger"/>); SQLite's transactions take the write lock at once
/// (Microsoft.Data.Sqlite begins IMMEDIATE), so the count is exact there; on PostgreSQL (read committed) two
/// simultaneous attempts can overshoot by the number of concurrent requests.
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
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using var queued = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ledger = StartLedger();
        var acquired = await ledger.TryCountAsync(db, clientIpHash, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await PruneIfDueAsync(db, cancellationToken);
        return acquired;
    }

    /// <summary>
    /// The limit as one rule for every caller: a ledger for one transaction (one API call, or a group commit of several
    /// HTML posts) that counts each client's attempts in the window once and adds a hit per attempt let through.
    /// </summary>
    public RateLimitLedger StartLedger()
    {
        var s = settings.CurrentValue;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return new RateLimitLedger(now - (long)s.RateLimitWindow.TotalMilliseconds, Math.Max(1, s.RateLimitPermits), now);
    }

    /// <summary>
    /// Old rows only matter for the window: each node prunes at most once a minute (one indexed delete). The caller
    /// holds the forms write queue.
    /// </summary>
    public async Task PruneIfDueAsync(FormsDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var since = now - (long)settings.CurrentValue.RateLimitWindow.TotalMilliseconds;
        var due = Interlocked.Read(ref _nextPruneMs);
        if (now >= due && Interlocked.CompareExchange(ref _nextPruneMs, now + (long)PruneEvery.TotalMilliseconds, due) == due)
        {
            await db.RateLimitHits.Where(h => h.AttemptedUnixMs <= since).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
