using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Newsletter;

/// <summary>Second step of the double opt-in: the subscriber follows the mailed link and confirms.</summary>
public sealed class NewsletterService(IDbContextFactory<FormsDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The pending subscription the token belongs to, if the token is known and not expired.</summary>
    public async Task<NewsletterSubscription?> FindPendingAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = NewsletterTokens.Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterSubscriptions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.TokenHash == hash && !s.Confirmed && s.TokenExpiresUtc > now, cancellationToken);
    }

    /// <summary>Confirms the subscription; the token is spent. Null when unknown, used or expired.</summary>
    public async Task<NewsletterSubscription?> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var pending = await FindPendingAsync(token, cancellationToken);
        if (pending is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = await db.NewsletterSubscriptions
            .Where(s => s.Key == pending.Key && !s.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, true).SetProperty(x => x.ConfirmedUtc, now).SetProperty(x => x.TokenHash, (string?)null), cancellationToken);
        return updated == 1 ? pending : null;
    }
}
