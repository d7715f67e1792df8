using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Newsletter;

/// <summary>
/// Second step of the double opt-in: the subscriber follows the mailed link and confirms. Confirming is idempotent:
/// the token stays recognised (as "already confirmed") until it expires, so a second click, a reload or a second
/// node answering the same link says "confirmed" instead of "invalid link". Only confirmed sign-ups are subscribers.
/// </summary>
public sealed class NewsletterService(IDbContextFactory<FormsDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The subscription the token belongs to while the token is valid (pending or already confirmed); null otherwise.</summary>
    public async Task<NewsletterSubscription?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = NewsletterTokens.Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterSubscriptions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.TokenHash == hash && s.TokenExpiresUtc > now, cancellationToken);
    }

    /// <summary>Confirms the subscription (once; later calls return it unchanged). Null when the token is unknown or expired.</summary>
    public async Task<NewsletterSubscription?> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found is null || found.Confirmed)
        {
            return found;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Conditional: of two simultaneous confirmations one writes, the other sees it confirmed; both answer "confirmed".
        await db.NewsletterSubscriptions
            .Where(s => s.Key == found.Key && !s.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, true).SetProperty(x => x.ConfirmedUtc, now), cancellationToken);
        return await db.NewsletterSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == found.Key, cancellationToken);
    }

    /// <summary>The subscribers: confirmed addresses only, each once (a pending sign-up is not a subscriber).</summary>
    public async Task<IReadOnlyList<string>> ListSubscribersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterSubscriptions.AsNoTracking()
            .Where(s => s.Confirmed)
            .Select(s => s.Email)
            .Distinct()
            .OrderBy(e => e)
            .ToListAsync(cancellationToken);
    }
}
