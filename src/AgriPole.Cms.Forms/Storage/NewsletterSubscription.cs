namespace AgriPole.Cms.Forms.Storage;

/// <summary>A newsletter subscription: pending until the subscriber follows the link mailed to them (double opt-in).</summary>
public sealed class NewsletterSubscription
{
    public Guid Key { get; set; }

    /// <summary>Lower case.</summary>
    public required string Email { get; set; }

    public required string Culture { get; set; }

    public Guid? EntryKey { get; set; }

    public bool Confirmed { get; set; }

    /// <summary>SHA-256 (hex) of the token in the link: a database leak does not give working links.</summary>
    public string? TokenHash { get; set; }

    public DateTime TokenExpiresUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }
}
