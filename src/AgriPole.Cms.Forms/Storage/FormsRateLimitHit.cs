namespace AgriPole.Cms.Forms.Storage;

/// <summary>
/// One accepted submission attempt of a client (HMAC of its IP), counted by every node against the per-IP limit.
/// Rows older than the window are pruned; refused attempts are not stored, so a flood cannot grow the table.
/// </summary>
public sealed class FormsRateLimitHit
{
    /// <summary>A GUID in "N" form: text on every provider, so the raw insert needs no provider-specific parameter.</summary>
    public string Key { get; set; } = "";

    public string ClientIpHash { get; set; } = "";

    /// <summary>Unix milliseconds: compared as an integer on SQLite and PostgreSQL alike.</summary>
    public long AttemptedUnixMs { get; set; }
}
