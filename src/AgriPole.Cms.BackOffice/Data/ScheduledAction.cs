namespace AgriPole.Cms.BackOffice.Data;

/// <summary>A publish or unpublish to run at a date (Umbraco's umbracoContentSchedule); kept in the database so it survives restarts.</summary>
public sealed class ScheduledAction
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ContentKey { get; set; }

    public required string Culture { get; set; }

    /// <summary>"Publish" or "Unpublish".</summary>
    public required string Action { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RunAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Set when done (or failed), so a restart does not run it twice.</summary>
    public DateTime? CompletedAt { get; set; }

    public string? Outcome { get; set; }
}
