using AgriPole.Cms.Forms.Storage;

namespace AgriPole.Cms.Forms.Inbox;

/// <summary>An entry as the back-office shows it: values by field alias (raw, never HTML), plus its mails' delivery state.</summary>
public sealed record EntryView(
    Guid Key,
    string FormAlias,
    string Culture,
    Guid? PageKey,
    DateTime CreatedUtc,
    FormEntryState State,
    DateTime? HandledUtc,
    string? Email,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<MailStatus> Mails);

/// <summary>Delivery state of one outbox mail, so editors see "sent", "retrying (error)" or "abandoned".</summary>
public sealed record MailStatus(Guid Id, string To, string Subject, int Attempts, DateTime? SentUtc, DateTime NextAttemptUtc, string? LastError, bool Abandoned);
