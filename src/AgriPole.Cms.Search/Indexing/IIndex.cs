using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>An index of published content (Examine's IIndex): a node-local copy rebuilt from the published snapshot.</summary>
public interface IIndex
{
    /// <summary>"ExternalIndex".</summary>
    string Name { get; }

    /// <summary>Absolute folder of the index files.</summary>
    string Folder { get; }

    /// <summary>False until <see cref="Open"/> ran; searches then find nothing.</summary>
    bool IsOpen { get; }

    /// <summary>Documents searchable now.</summary>
    int DocumentCount { get; }

    /// <summary>Set when the index was missing or found corrupt at open and so holds nothing until rebuilt.</summary>
    bool NeedsRebuild { get; }

    /// <summary>The <see cref="SnapshotFingerprint"/> stored with the last commit; null when unknown (new index).</summary>
    string? Fingerprint { get; }

    /// <summary>Opens the index folder (checking it first); a missing or corrupt index is recreated empty.</summary>
    IndexOpenResult Open();

    /// <summary>Replaces the whole index with the documents of <paramref name="snapshot"/>; searches see the old content until it is done.</summary>
    int Rebuild(IPublishedSnapshot snapshot, IProgress<IndexRebuildProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Re-indexes the given nodes, and their descendants when a node's place or routes changed, from <paramref name="current"/>; nodes absent from it (unpublished, deleted) are removed.</summary>
    /// <returns>The number of documents written or deleted (the changed nodes, plus their descendants when their routes changed).</returns>
    int Refresh(IPublishedSnapshot current, IEnumerable<Guid> keys, IPublishedSnapshot? previous = null);

    /// <summary>True while changes are searchable but not yet committed to disk (see <see cref="CommitPending"/>).</summary>
    bool HasUncommittedChanges { get; }

    /// <summary>Commits the changes since the last commit now (they are otherwise committed in the background shortly after); false if there were none.</summary>
    bool CommitPending();

    /// <summary>Runs <paramref name="search"/> on the latest searcher; returns <paramref name="whenClosed"/> before the index is open.</summary>
    T Search<T>(Func<Lucene.Net.Search.IndexSearcher, T> search, T whenClosed);
}
