using System.ComponentModel.DataAnnotations;

namespace AgriPole.Cms.Search;

/// <summary>Bound from the "AgriPole:Search" section.</summary>
public sealed class SearchSettings
{
    public const string SectionName = "AgriPole:Search";

    /// <summary>Folder of the external index, relative to the CMS data folder (App_Data) unless absolute.</summary>
    [Required]
    public string IndexFolder { get; set; } = Path.Combine("Index", "External");

    /// <summary>IndexWriter RAM buffer: large enough that a full rebuild of 20,000 documents flushes only a few segments.</summary>
    [Range(16, 512)]
    public double RamBufferSizeMb { get; set; } = 48;

    /// <summary>
    /// How long after a change the index is committed to disk (fsync, with the snapshot fingerprint); changes in between
    /// share one commit. They are searchable at once (near-real-time reader). A crash in between leaves the previous
    /// commit, whose fingerprint no longer matches the database, so the next start rebuilds. 0 commits every change.
    /// </summary>
    [Range(0, 60_000)]
    public int CommitDelayMilliseconds { get; set; } = 1000;

    /// <summary>Runs Lucene's CheckIndex when the index opens; a damaged index is then rebuilt instead of failing queries later.</summary>
    public bool CheckIndexOnStartup { get; set; } = true;

    /// <summary>Pages that are never search results (the 404 page, the search page itself).</summary>
    public string[] ExcludedContentTypeAliases { get; set; } = ["errorPage", "searchPage"];

    /// <summary>Query text beyond this many characters is ignored (a 10 KB paste must not cost more than a sentence).</summary>
    [Range(16, 4096)]
    public int MaxQueryLength { get; set; } = 256;

    /// <summary>Words beyond this many are ignored.</summary>
    [Range(1, 64)]
    public int MaxQueryWords { get; set; } = 12;

    [Range(1, 100)]
    public int MaxPageSize { get; set; } = 50;
}
