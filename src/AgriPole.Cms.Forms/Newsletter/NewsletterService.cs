using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Validation;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Newsletter;

/// <summary>
/// Second step of the double opt-in: the subscriber follows the mailed link and confirms. Confirming is idempotent:
/// the token stays recognised (as "already confirmed") until it expires, so a second click, a reload or a second
/// node answering the same link says "confirmed" instead of "invalid link". Only confirmed sign-ups are subscribers.
/// Confirming mails the subscriber a welcome with their unsubscribe link; unsubscribing removes every sign-up of the
/// address (withdrawing consent is as easy as giving it, and nothing of the address is kept).
/// </summary>
public sealed class NewsletterService(
    IDbContextFactory<FormsDbContext> dbFactory,
    FormsWriteGate writeGate,
    NewsletterUnsubscribeLinks unsubscribeLinks,
    TimeProvider time)
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

    /// <summary>
    /// Confirms the subscription (once; later calls return it unchanged) and, in the same transaction, queues the
    /// welcome mail carrying the unsubscribe link. Null when the token is unknown or expired.
    /// </summary>
    /// <param name="baseUrl">Absolute site base for the unsubscribe link, without trailing slash.</param>
    public async Task<NewsletterSubscription?> ConfirmAsync(string? token, string baseUrl, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found is null || found.Confirmed)
        {
            return found;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Conditional: of two simultaneous confirmations one writes (and mails), the other sees it confirmed.
            var changed = await db.NewsletterSubscriptions
                .Where(s => s.Key == found.Key && !s.Confirmed)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, true).SetProperty(x => x.ConfirmedUtc, now), cancellationToken);
            if (changed == 1)
            {
                var link = unsubscribeLinks.Create(baseUrl, found.Email, found.Culture);
                db.OutboxMails.Add(NewMail(found.Email, FormMessages.NewsletterWelcomeSubject.Get(found.Culture), FormMessages.NewsletterWelcomeBody.Get(found.Culture).Replace("{link}", link, StringComparison.Ordinal), $"newsletter:{found.Key:N}:welcome", now));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return await db.NewsletterSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == found.Key, cancellationToken);
    }

    /// <summary>The unsubscribe link for a subscriber (for the mails the newsletter tool sends).</summary>
    public string UnsubscribeLink(string baseUrl, string email, string culture) => unsubscribeLinks.Create(baseUrl, email, culture);

    /// <summary>The address an unsubscribe token was made for; null when it is missing or forged.</summary>
    public string? ReadUnsubscribeToken(string? token) => unsubscribeLinks.Read(token);

    /// <summary>
    /// Removes every sign-up (pending or confirmed) of the address with the sign-up form entries and the mails sent to
    /// the address, so "your address has been deleted" is true; idempotent. The number of sign-ups removed.
    /// </summary>
    public async Task<int> UnsubscribeAsync(string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var entryKeys = await db.NewsletterSubscriptions.Where(s => s.Email == address && s.EntryKey != null).Select(s => s.EntryKey!.Value).ToListAsync(cancellationToken);
            await db.OutboxMails.Where(m => m.To == address || (m.EntryKey != null && entryKeys.Contains(m.EntryKey.Value))).ExecuteDeleteAsync(cancellationToken);
            await db.Entries.Where(e => entryKeys.Contains(e.Key)).ExecuteDeleteAsync(cancellationToken);
            var removed = await db.NewsletterSubscriptions.Where(s => s.Email == address).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return removed;
        }
    }

    /// <summary>
    /// For a subscriber who lost the link: mails a fresh unsubscribe link when the address is a confirmed subscriber,
    /// at most once an hour per address (the outbox's de-duplication key), so the form cannot be used to flood someone.
    /// The caller answers the same whatever happened, so the form does not reveal who is subscribed.
    /// </summary>
    public async Task RequestUnsubscribeLinkAsync(string email, string culture, string baseUrl, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.NewsletterSubscriptions.AnyAsync(s => s.Email == address && s.Confirmed, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var dedupe = $"newsletter:unsubscribe:{NewsletterTokens.Hash(address)}:{now:yyyyMMddHH}";
        using (await writeGate.EnterAsync(cancellationToken))
        {
            if (await db.OutboxMails.AnyAsync(m => m.DedupeKey == dedupe, cancellationToken))
            {
                return;
            }

            var link = unsubscribeLinks.Create(baseUrl, address, culture);
            db.OutboxMails.Add(NewMail(address, FormMessages.NewsletterUnsubscribeMailSubject.Get(culture), FormMessages.NewsletterUnsubscribeMailBody.Get(culture).Replace("{link}", link, StringComparison.Ordinal), dedupe, now));
            await db.SaveChangesAsync(cancellationToken);
        }
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

    private static OutboxMail NewMail(string to, string subject, string body, string dedupeKey, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        To = to,
        Subject = subject,
        BodyText = body,
        CreatedUtc = now,
        NextAttemptUtc = now,
        DedupeKey = dedupeKey,
    };
}
