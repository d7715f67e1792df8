namespace AgriPole.Cms.BackOffice.Data;

/// <summary>One line of the audit log: who did what, when, to which node (Umbraco's umbracoLog).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime Timestamp { get; set; }

    /// <summary>E-mail of the user, or "system" for scheduled actions.</summary>
    public required string User { get; set; }

    /// <summary>A short verb: Login, LoginFailed, Save, Publish, Unpublish, Move, Sort, Copy, Trash, Restore, ...</summary>
    public required string Action { get; set; }

    public Guid? NodeKey { get; set; }

    public string? Culture { get; set; }

    public string? Details { get; set; }
}
