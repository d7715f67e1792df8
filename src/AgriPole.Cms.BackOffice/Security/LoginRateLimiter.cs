using System.Security.Cryptography;
using System.Text;
using AgriPole.Cms.BackOffice.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Security;

/// <summary>
/// Limits login POSTs per client address over a sliding window, counted in the database so the limit holds across
/// nodes and restarts (an attacker spreading attempts over N nodes gets no N-fold budget). The count and the new
/// attempt share one transaction; on SQLite it takes the write lock at once, so the count is exact. Kept inside the
/// back-office (not the global rate-limiting middleware) so the login is limited whatever the host's pipeline is.
/// </summary>
public sealed class LoginRateLimiter(BackOfficeDbContext db, IOptions<BackOfficeSettings> settings, TimeProvider time)
{
    /// <summary>True when this attempt is allowed (it is then counted).</summary>
    public async Task<bool> TryAcquireAsync(HttpContext context)
    {
        var s = settings.Value;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var since = now - (long)s.LoginWindow.TotalMilliseconds;
        var key = ClientKey(context);
        var cancellationToken = context.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The table only ever holds one window of attempts: old rows go in the same transaction (an indexed delete).
        await db.LoginAttempts.Where(a => a.AttemptedUnixMs <= since).ExecuteDeleteAsync(cancellationToken);
        var used = await db.LoginAttempts.CountAsync(a => a.ClientKey == key && a.AttemptedUnixMs > since, cancellationToken);
        if (used >= Math.Max(1, s.LoginPermitLimit))
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        db.LoginAttempts.Add(new LoginAttempt { ClientKey = key, AttemptedUnixMs = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string ClientKey(HttpContext context) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context.Connection.RemoteIpAddress?.ToString() ?? "unknown")));
}
