namespace AgriPole.Cms.Forms.Inbox;

/// <summary>GDPR requests for one e-mail address: what we hold (access/portability) and erasure.</summary>
public interface IPersonalDataService
{
    /// <summary>Entries, subscriptions and mails tied to the address (case-insensitive).</summary>
    Task<PersonalDataReport> FindAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The same as JSON (UTF-8), for the data subject.</summary>
    Task<byte[]> ExportJsonAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Deletes everything found for the address; returns what was deleted.</summary>
    Task<PersonalDataReport> DeleteAsync(string email, CancellationToken cancellationToken = default);
}

/// <summary>What is held for one address.</summary>
public sealed record PersonalDataReport(
    string Email,
    IReadOnlyList<EntryView> Entries,
    IReadOnlyList<SubscriptionView> Subscriptions,
    int MailCount);

public sealed record SubscriptionView(Guid Key, string Email, string Culture, bool Confirmed, DateTime CreatedUtc, DateTime? ConfirmedUtc);
