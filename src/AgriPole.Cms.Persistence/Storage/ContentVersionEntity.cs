namespace AgriPole.Cms.Persistence.Storage;

/// <summary>A row per save or publish with the whole document as JSON: the history rollback will read.</summary>
public sealed class ContentVersionEntity
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    /// <summary>"save", "publish", "unpublish", "move", "trash".</summary>
    public string Action { get; set; } = string.Empty;

    public string? Cultures { get; set; }

    public string? PerformingUser { get; set; }

    public DateTime Date { get; set; }

    public string Document { get; set; } = "{}";
}
