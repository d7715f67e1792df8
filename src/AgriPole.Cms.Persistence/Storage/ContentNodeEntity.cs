namespace AgriPole.Cms.Persistence.Storage;

/// <summary>A document in the tree (Umbraco's umbracoNode + umbracoDocument): structure and invariant values.</summary>
public sealed class ContentNodeEntity
{
    public Guid Key { get; set; }

    public Guid? ParentKey { get; set; }

    public string ContentTypeAlias { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public int Level { get; set; }

    /// <summary>Keys from the root down to this node, comma separated: descendants are found with a LIKE on it.</summary>
    public string Path { get; set; } = string.Empty;

    public bool Trashed { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    /// <summary>Draft values of invariant properties (JSON object).</summary>
    public string InvariantValues { get; set; } = "{}";

    /// <summary>Published values of invariant properties (JSON object), null when never published.</summary>
    public string? PublishedInvariantValues { get; set; }

    public List<ContentCultureEntity> Cultures { get; set; } = [];
}
