namespace AgriPole.Cms.Forms.Storage;

/// <summary>One accepted submission (Umbraco Forms' "record").</summary>
public sealed class FormEntry
{
    public Guid Key { get; set; }

    public required string FormAlias { get; set; }

    public Guid FormKey { get; set; }

    public required string Culture { get; set; }

    /// <summary>The page the form was placed on (Umbraco Forms' "contentId").</summary>
    public Guid? PageKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>{ alias: "value" | ["v1", "v2"] }, as validated; JSON-escaped so no markup is ever stored literally.</summary>
    public required string ValuesJson { get; set; }

    /// <summary>The visitor's address, lower case, for GDPR look-ups; null when the form has none.</summary>
    public string? Email { get; set; }

    /// <summary>Keyed hash of the client IP: lets abuse be correlated without keeping the address.</summary>
    public string? ClientIpHash { get; set; }

    public FormEntryState State { get; set; }

    public DateTime? HandledUtc { get; set; }

    /// <summary>From the rendered form (or the API's Idempotency-Key): a double click makes one entry.</summary>
    public required string IdempotencyToken { get; set; }
}
