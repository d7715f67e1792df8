namespace AgriPole.Cms.BackOffice.Data;

/// <summary>One login POST let through the per-address limit, kept only for the limit's window.</summary>
public sealed class LoginAttempt
{
    public long Id { get; set; }

    /// <summary>SHA-256 (hex) of the client address: the limit needs equality, not the address itself.</summary>
    public required string ClientKey { get; set; }

    public long AttemptedUnixMs { get; set; }
}
