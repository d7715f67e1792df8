namespace AgriPole.Cms.Persistence.Storage;

/// <summary>
/// Umbraco's umbracoCacheInstruction: every write appends one, and the other nodes of a load-balanced site replay the
/// ones they did not write into their own published snapshot.
/// </summary>
public sealed class CacheInstructionEntity
{
    public long Id { get; set; }

    public DateTime UtcStamp { get; set; }

    /// <summary>The <see cref="ContentChangeSet"/> as JSON.</summary>
    public string Instructions { get; set; } = "{}";

    /// <summary>The node (process) that wrote it; its own poller skips it.</summary>
    public string Originator { get; set; } = string.Empty;
}
