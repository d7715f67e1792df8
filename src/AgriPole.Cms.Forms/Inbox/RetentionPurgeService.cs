using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Inbox;

/// <summary>
/// Deletes what is kept longer than promised: entries past their form's retentionDays (with their mails), sent or
/// abandoned mails past OutboxRetentionDays, newsletter subscriptions never confirmed once their link expired
/// (and the spent token of confirmed ones).
/// Safe on several nodes at once: each pass is a set of idempotent deletes.
/// </summary>
public sealed class RetentionPurgeService(
    IDbContextFactory<FormsDbContext> dbFactory,
    IFormDefinitions definitions,
    IOptionsMonitor<FormsSettings> settings,
    TimeProvider time,
    ILogger<RetentionPurgeService> logger) : BackgroundService
{
    /// <summary>One purge pass; returns the number of entries deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var deleted = 0;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var form in definitions.All)
        {
            var cutoff = now.AddDays(-form.RetentionDays);
            var keys = await db.Entries.Where(e => e.FormAlias == form.Alias && e.CreatedUtc < cutoff).Select(e => e.Key).Take(1000).ToListAsync(cancellationToken);
            deleted += await FormEntryInbox.DeleteEntriesAsync(db, keys, cancellationToken);
        }

        var mailCutoff = now.AddDays(-settings.CurrentValue.OutboxRetentionDays);
        await db.OutboxMails.Where(m => (m.SentUtc != null && m.SentUtc < mailCutoff) || (m.Abandoned && m.CreatedUtc < mailCutoff)).ExecuteDeleteAsync(cancellationToken);
        // A sign-up never confirmed is not consent (anyone can type an address): its entry goes with it.
        var unconfirmed = await db.NewsletterSubscriptions.Where(s => !s.Confirmed && s.TokenExpiresUtc < now && s.EntryKey != null)
            .Select(s => s.EntryKey!.Value).Take(1000).ToListAsync(cancellationToken);
        deleted += await FormEntryInbox.DeleteEntriesAsync(db, unconfirmed, cancellationToken);
        await db.NewsletterSubscriptions.Where(s => !s.Confirmed && s.TokenExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);

        // A confirmed subscription keeps its token only while the link is valid (to answer a second click).
        await db.NewsletterSubscriptions.Where(s => s.Confirmed && s.TokenHash != null && s.TokenExpiresUtc < now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.TokenHash, (string?)null), cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Retention purge deleted {Count} form entries", deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Retention purge failed; retrying at the next interval");
            }

            try
            {
                await Task.Delay(settings.CurrentValue.PurgeInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
