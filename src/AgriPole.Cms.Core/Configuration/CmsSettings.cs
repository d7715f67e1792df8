namespace AgriPole.Cms.Core.Configuration;

/// <summary>Bound from the "AgriPole:Cms" section.</summary>
public sealed class CmsSettings
{
    public const string SectionName = "AgriPole:Cms";

    /// <summary>
    /// The umbraco-config folder (languages, types, dictionary, forms, seed). Relative paths are resolved against the
    /// content root; when empty, the nearest "umbraco-config" folder at or above the content root is used.
    /// </summary>
    public string? ConfigFolder { get; set; }

    /// <summary>App_Data: the SQLite file, the search index, media and rendition caches. Relative to the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Import umbraco-config/content on an empty database.</summary>
    public bool SeedOnEmptyDatabase { get; set; } = true;

    /// <summary>How often a node polls the database for cache instructions written by other nodes.</summary>
    public TimeSpan CacheInstructionPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
