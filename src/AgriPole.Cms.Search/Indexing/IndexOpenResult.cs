namespace AgriPole.Cms.Search.Indexing;

/// <summary>What <see cref="IIndex.Open"/> found.</summary>
public enum IndexOpenResult
{
    AlreadyOpen,

    /// <summary>An existing, healthy index was opened.</summary>
    Opened,

    /// <summary>There was no index; an empty one was created.</summary>
    CreatedMissing,

    /// <summary>The index failed CheckIndex or could not be opened; it was deleted and recreated empty.</summary>
    RecreatedCorrupt,
}
