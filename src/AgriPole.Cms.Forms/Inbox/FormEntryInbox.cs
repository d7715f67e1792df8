using System.Text;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Mail;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Submissions;
using AgriPole.Cms.Forms.Validation;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Inbox;

/// <inheritdoc />
public sealed class FormEntryInbox(IDbContextFactory<FormsDbContext> dbFactory, IFormDefinitions definitions, OutboxSignal outboxSignal, TimeProvider time) : IFormEntryInbox
{
    /// <summary>One bulk action touches at most this many entries (a page of the inbox is 25).</summary>
    public const int MaxBulk = 500;

    private static readonly string[] CsvFixedColumns = ["id", "created (UTC)", "culture", "state"];

    public async Task<EntryPage> ListAsync(EntryQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = Filter(db.Entries.AsNoTracking(), query);
        var total = await q.CountAsync(cancellationToken);
        var rows = await q.OrderByDescending(e => e.CreatedUtc).ThenBy(e => e.Key)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500))
            .ToListAsync(cancellationToken);
        var mails = await MailsAsync(db, rows.Select(r => r.Key).ToList(), cancellationToken);
        return new EntryPage(rows.Select(r => ToView(r, mails)).ToList(), total);
    }

    public async Task<EntryView?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key, cancellationToken);
        return row is null ? null : ToView(row, await MailsAsync(db, [key], cancellationToken));
    }

    public async Task<bool> MarkHandledAsync(Guid key, bool handled = true, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        DateTime? when = handled ? time.GetUtcNow().UtcDateTime : null;
        var state = handled ? FormEntryState.Handled : FormEntryState.New;
        return await db.Entries.Where(e => e.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, state).SetProperty(e => e.HandledUtc, when), cancellationToken) == 1;
    }

    public async Task<bool> DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DeleteEntriesAsync(db, [key], cancellationToken) == 1;
    }

    public async Task<int> MarkHandledAsync(IReadOnlyCollection<Guid> keys, bool handled = true, CancellationToken cancellationToken = default)
    {
        var selected = Bulk(keys);
        if (selected.Count == 0)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        DateTime? when = handled ? time.GetUtcNow().UtcDateTime : null;
        var state = handled ? FormEntryState.Handled : FormEntryState.New;
        return await db.Entries.Where(e => selected.Contains(e.Key))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, state).SetProperty(e => e.HandledUtc, when), cancellationToken);
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        var selected = Bulk(keys);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DeleteEntriesAsync(db, selected, cancellationToken);
    }

    public async Task<bool> RetryMailAsync(Guid mailId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var requeued = await db.OutboxMails
            .Where(m => m.Id == mailId && m.Abandoned && m.SentUtc == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Abandoned, false)
                    .SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptUtc, now)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                cancellationToken) == 1;
        if (requeued)
        {
            outboxSignal.Notify();
        }

        return requeued;
    }

    public async Task ExportCsvAsync(string formAlias, string culture, Stream output, EntryQuery? filter = null, CancellationToken cancellationToken = default)
    {
        var form = definitions.Find(formAlias) ?? throw new ArgumentException($"Unknown form '{formAlias}'.", nameof(formAlias));
        culture = FormCultures.Normalize(culture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = Filter(db.Entries.AsNoTracking(), (filter ?? new EntryQuery()) with { FormAlias = form.Alias });
        var fields = form.Fields;
        var sb = new StringBuilder();
        CsvWriter.AppendRow(sb, CsvFixedColumns.Concat(fields.Select(f => f.Label.Get(culture))));
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        await output.WriteAsync(encoding.GetPreamble(), cancellationToken);
        await foreach (var row in q.OrderBy(e => e.CreatedUtc).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var values = FormSubmissionService.DeserializeValues(row.ValuesJson);
            var result = new FormValidationResult(values, []);
            CsvWriter.AppendRow(sb, new[]
            {
                row.Key.ToString(),
                row.CreatedUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                row.Culture,
                row.State == FormEntryState.Handled ? "handled" : "new",
            }.Concat(fields.Select(f => NotificationComposer.DisplayValue(f, result, culture))));
            if (sb.Length > 32 * 1024)
            {
                await output.WriteAsync(encoding.GetBytes(sb.ToString()), cancellationToken);
                sb.Clear();
            }
        }

        await output.WriteAsync(encoding.GetBytes(sb.ToString()), cancellationToken);
    }

    public async Task<IReadOnlyList<MailStatus>> ListUndeliveredMailsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.OutboxMails.AsNoTracking().Where(m => m.SentUtc == null).OrderBy(m => m.CreatedUtc).Take(500).ToListAsync(cancellationToken);
        return rows.Select(ToStatus).ToList();
    }

    internal static IQueryable<FormEntry> Filter(IQueryable<FormEntry> q, EntryQuery query)
    {
        if (!string.IsNullOrEmpty(query.FormAlias))
        {
            q = q.Where(e => e.FormAlias == query.FormAlias);
        }

        if (query.State is { } state)
        {
            q = q.Where(e => e.State == state);
        }

        if (query.FromUtc is { } from)
        {
            q = q.Where(e => e.CreatedUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            q = q.Where(e => e.CreatedUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Values are stored JSON-escaped: search the lower-cased text and its escaped form alike.
            // LIKE is case-insensitive for ASCII on SQLite; wildcards typed by the editor are taken literally.
            var term = query.Search.Trim().ToLowerInvariant();
            var escaped = System.Text.Json.JsonSerializer.Serialize(term)[1..^1];
            var plain = "%" + LikeEscape(term) + "%";
            var json = "%" + LikeEscape(escaped) + "%";
            q = q.Where(e => (e.Email != null && EF.Functions.Like(e.Email, plain, "\\")) || EF.Functions.Like(e.ValuesJson, plain, "\\") || EF.Functions.Like(e.ValuesJson, json, "\\"));
        }

        return q;
    }

    private static string LikeEscape(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    internal static async Task<Dictionary<Guid, List<MailStatus>>> MailsAsync(FormsDbContext db, List<Guid> keys, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMails.AsNoTracking().Where(m => m.EntryKey != null && keys.Contains(m.EntryKey.Value)).ToListAsync(cancellationToken);
        return rows.GroupBy(m => m.EntryKey!.Value).ToDictionary(g => g.Key, g => g.Select(ToStatus).ToList());
    }

    internal static EntryView ToView(FormEntry e, Dictionary<Guid, List<MailStatus>> mails) => new(
        e.Key, e.FormAlias, e.Culture, e.PageKey, e.CreatedUtc, e.State, e.HandledUtc, e.Email,
        FormSubmissionService.DeserializeValues(e.ValuesJson),
        mails.TryGetValue(e.Key, out var m) ? m : []);

    private static List<Guid> Bulk(IReadOnlyCollection<Guid> keys) => keys.Where(k => k != Guid.Empty).Distinct().Take(MaxBulk).ToList();

    /// <summary>Deletes entries with their mails and subscriptions, in one transaction.</summary>
    internal static async Task<int> DeleteEntriesAsync(FormsDbContext db, List<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OutboxMails.Where(m => m.EntryKey != null && keys.Contains(m.EntryKey.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.NewsletterSubscriptions.Where(s => s.EntryKey != null && keys.Contains(s.EntryKey.Value)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Entries.Where(e => keys.Contains(e.Key)).ExecuteDeleteAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return deleted;
    }

    private static MailStatus ToStatus(OutboxMail m) => new(m.Id, m.To, m.Subject, m.Attempts, m.SentUtc, m.NextAttemptUtc, m.LastError, m.Abandoned);
}
