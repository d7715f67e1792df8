using System.Text.Encodings.Web;
using System.Text.Json;
using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Inbox;

/// <inheritdoc />
public sealed class PersonalDataService(IDbContextFactory<FormsDbContext> dbFactory) : IPersonalDataService
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
    };

    public async Task<PersonalDataReport> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var address = Normalize(email);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (entries, subscriptions, mails) = await CollectAsync(db, address, cancellationToken);
        var mailStatus = await FormEntryInbox.MailsAsync(db, entries.Select(e => e.Key).ToList(), cancellationToken);
        return new PersonalDataReport(
            address,
            entries.Select(e => FormEntryInbox.ToView(e, mailStatus)).ToList(),
            subscriptions.Select(s => new SubscriptionView(s.Key, s.Email, s.Culture, s.Confirmed, s.CreatedUtc, s.ConfirmedUtc)).ToList(),
            mails.Count);
    }

    public async Task<byte[]> ExportJsonAsync(string email, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeToUtf8Bytes(await FindAsync(email, cancellationToken), ExportJson);

    public async Task<PersonalDataReport> DeleteAsync(string email, CancellationToken cancellationToken = default)
    {
        var report = await FindAsync(email, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var address = report.Email;
        var keys = report.Entries.Select(e => e.Key).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OutboxMails.Where(m => (m.EntryKey != null && keys.Contains(m.EntryKey.Value)) || m.To == address || m.ReplyTo == address)
            .ExecuteDeleteAsync(cancellationToken);
        await db.NewsletterSubscriptions.Where(s => s.Email == address || (s.EntryKey != null && keys.Contains(s.EntryKey.Value))).ExecuteDeleteAsync(cancellationToken);
        await db.Entries.Where(e => keys.Contains(e.Key)).ExecuteDeleteAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return report;
    }

    private static async Task<(List<FormEntry> Entries, List<NewsletterSubscription> Subscriptions, List<OutboxMail> Mails)> CollectAsync(
        FormsDbContext db, string address, CancellationToken cancellationToken)
    {
        var entries = await db.Entries.AsNoTracking().Where(e => e.Email == address).OrderBy(e => e.CreatedUtc).ToListAsync(cancellationToken);
        var keys = entries.Select(e => e.Key).ToList();
        var subscriptions = await db.NewsletterSubscriptions.AsNoTracking().Where(s => s.Email == address).ToListAsync(cancellationToken);
        var mails = await db.OutboxMails.AsNoTracking()
            .Where(m => (m.EntryKey != null && keys.Contains(m.EntryKey.Value)) || m.To == address || m.ReplyTo == address)
            .ToListAsync(cancellationToken);
        return (entries, subscriptions, mails);
    }

    private static string Normalize(string email) => (email ?? string.Empty).Trim().ToLowerInvariant();
}
