namespace AgriPole.Cms.Forms.Storage;

/// <summary>
/// A mail to send, written in the same transaction as the entry that caused it; the background sender delivers it
/// and records the outcome here, which the back-office shows.
/// </summary>
public sealed class OutboxMail
{
    public Guid Id { get; set; }

    /// <summary>The entry it is about, for GDPR deletion; null for mails not tied to an entry.</summary>
    public Guid? EntryKey { get; set; }

    public required string To { get; set; }

    public string? ReplyTo { get; set; }

    public required string Subject { get; set; }

    public required string BodyText { get; set; }

    public string? BodyHtml { get; set; }

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Set right after the SMTP server accepted the message; never sent again after that.</summary>
    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>What the mail is for ("entry:{key}:notify:{to}"): the same mail is never queued twice.</summary>
    public required string DedupeKey { get; set; }

    /// <summary>The node sending it now; with <see cref="LeaseUntilUtc"/>, keeps two nodes from sending the same row.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>Set when the sender gave up after the maximum number of attempts.</summary>
    public bool Abandoned { get; set; }
}
