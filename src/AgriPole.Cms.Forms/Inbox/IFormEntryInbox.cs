namespace AgriPole.Cms.Forms.Inbox;

/// <summary>The back-office inbox of form entries (the UI and its authorisation are the back-office's).</summary>
public interface IFormEntryInbox
{
    Task<EntryPage> ListAsync(EntryQuery query, CancellationToken cancellationToken = default);

    Task<EntryView?> GetAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>False when the entry does not exist.</summary>
    Task<bool> MarkHandledAsync(Guid key, bool handled = true, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entry with its outbox mails and newsletter subscription. False when it did not exist.</summary>
    Task<bool> DeleteAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Bulk "mark handled / new" of the selected entries; returns how many exist (and were updated).</summary>
    Task<int> MarkHandledAsync(IReadOnlyCollection<Guid> keys, bool handled = true, CancellationToken cancellationToken = default);

    /// <summary>Bulk delete (entries, their mails and subscriptions, one transaction); returns how many were deleted.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts an abandoned, unsent mail back in the outbox for a fresh series of attempts. Conditional, so a double click
    /// or two administrators re-queue it once; the sender's lease then sends it once. False when the mail does not
    /// exist, was sent, or is not abandoned.
    /// </summary>
    Task<bool> RetryMailAsync(Guid mailId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the entries of one form as CSV (UTF-8 with BOM, ";"-free RFC 4180 with commas, one column per field,
    /// labels in <paramref name="culture"/>); cells that a spreadsheet would run as a formula are prefixed with "'".
    /// </summary>
    Task ExportCsvAsync(string formAlias, string culture, Stream output, EntryQuery? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Outbox rows not sent yet (retrying or abandoned), for the back-office's delivery view.</summary>
    Task<IReadOnlyList<MailStatus>> ListUndeliveredMailsAsync(CancellationToken cancellationToken = default);
}
