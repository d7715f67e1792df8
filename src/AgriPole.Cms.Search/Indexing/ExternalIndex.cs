using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// The published-content index on local disk. One IndexWriter for the life of the process (Lucene's write lock makes
/// a second one fail); searches go through a near-real-time SearcherManager refreshed from the writer after every
/// change, so a publish is searchable as soon as the notification handler returns. Incremental changes are committed
/// (fsync, with the snapshot fingerprint) in the background, <see cref="SearchSettings.CommitDelayMilliseconds"/>
/// after the first uncommitted change, several changes sharing one commit: a publish does not wait for the disk nor for
/// hashing the whole snapshot. A crash before that commit leaves the previous commit, whose fingerprint then differs
/// from the database's snapshot, so <see cref="IndexStartupService"/> rebuilds at the next start.
/// </summary>
public sealed class ExternalIndex : IIndex, IDisposable
{
    public const string IndexName = "ExternalIndex";

    private readonly object _writeLock = new();
    private readonly ContentValueSetBuilder _builder;
    private readonly SearchSettings _settings;
    private readonly ILogger _logger;
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private volatile SearcherManager? _searcherManager;
    private readonly Timer _commitTimer;
    private IPublishedSnapshot? _uncommitted;
    private bool _commitScheduled;
    private bool _disposed;

    public ExternalIndex(string folder, ContentValueSetBuilder builder, CultureFieldAnalyzer analyzer, SearchSettings settings, ILogger<ExternalIndex> logger)
    {
        Folder = Path.GetFullPath(folder);
        _builder = builder;
        Analyzer = analyzer;
        _settings = settings;
        _logger = logger;
        _commitTimer = new Timer(_ => CommitInBackground());
    }

    public string Name => IndexName;

    public string Folder { get; }

    public CultureFieldAnalyzer Analyzer { get; }

    public bool IsOpen => _searcherManager is not null;

    public bool NeedsRebuild { get; private set; }

    public int DocumentCount => Search(s => s.IndexReader.NumDocs, 0);

    public const string FingerprintKey = "snapshotFingerprint";

    /// <summary>The <see cref="SnapshotFingerprint"/> of the snapshot the last commit was built from; null if unknown.</summary>
    public string? Fingerprint
    {
        get
        {
            lock (_writeLock)
            {
                return _writer?.CommitData is { } data && data.TryGetValue(FingerprintKey, out var value) ? value : null;
            }
        }
    }

    /// <summary>True while changes are searchable but not yet committed to disk.</summary>
    public bool HasUncommittedChanges
    {
        get
        {
            lock (_writeLock)
            {
                return _uncommitted is not null;
            }
        }
    }

    public IndexOpenResult Open()
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is not null)
            {
                return IndexOpenResult.AlreadyOpen;
            }

            System.IO.Directory.CreateDirectory(Folder);
            _directory = FSDirectory.Open(new DirectoryInfo(Folder));
            IndexOpenResult result;
            if (!DirectoryReader.IndexExists(_directory))
            {
                result = IndexOpenResult.CreatedMissing;
            }
            else if (_settings.CheckIndexOnStartup && !IsClean(_directory))
            {
                result = IndexOpenResult.RecreatedCorrupt;
            }
            else
            {
                result = IndexOpenResult.Opened;
            }

            if (result == IndexOpenResult.Opened)
            {
                try
                {
                    _writer = CreateWriter(OpenMode.CREATE_OR_APPEND);
                }
                catch (LockObtainFailedException)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    _logger.LogWarning(ex, "The search index in {Folder} could not be opened; it will be rebuilt", Folder);
                    result = IndexOpenResult.RecreatedCorrupt;
                }
            }

            if (result == IndexOpenResult.RecreatedCorrupt)
            {
                _logger.LogWarning("The search index in {Folder} is corrupt; recreating it empty", Folder);
                DeleteIndexFiles();
            }

            _writer ??= CreateWriter(OpenMode.CREATE);

            if (result != IndexOpenResult.Opened)
            {
                // A fresh index is committed at once so that "exists" holds for the next start even if nothing is added.
                _writer.Commit();
            }

            _searcherManager = new SearcherManager(_writer, true, null);
            NeedsRebuild = result is IndexOpenResult.CreatedMissing or IndexOpenResult.RecreatedCorrupt;
            return result;
        }
    }

    public int Rebuild(IPublishedSnapshot snapshot, IProgress<IndexRebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_writeLock)
        {
            var writer = EnsureOpen();
            var total = snapshot.ContentCount;
            var done = 0;
            var written = 0;
            try
            {
                // Deleting and re-adding in one commit: readers keep the old generation until the new one is committed.
                writer.DeleteAll();
                foreach (var content in snapshot.All)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var doc = _builder.Build(snapshot, content);
                    if (doc is not null)
                    {
                        writer.AddDocument(doc);
                        written++;
                    }

                    if (++done % 1000 == 0)
                    {
                        progress?.Report(new IndexRebuildProgress(done, total, written));
                    }
                }

                Commit(writer, SnapshotFingerprint.Compute(snapshot));
                _uncommitted = null;
            }
            catch
            {
                writer.Rollback();
                _uncommitted = null;
                _writer = null;
                _searcherManager?.Dispose();
                _searcherManager = null;
                throw;
            }

            _searcherManager!.MaybeRefreshBlocking();
            NeedsRebuild = false;
            progress?.Report(new IndexRebuildProgress(done, total, written));
            _logger.LogInformation("Search index rebuilt: {Documents} documents from {Nodes} nodes", written, done);
            return written;
        }
    }

    public int Refresh(IPublishedSnapshot current, IEnumerable<Guid> keys, IPublishedSnapshot? previous = null)
    {
        // Descendants move with their parent (paths, URLs) and disappear with it, in either snapshot. A descendant's
        // document takes from its ancestors only their routes and keys: when the node keeps its place and its routes
        // (a save, or a re-publish of the home page) the descendants' documents are unchanged and are not rewritten;
        // re-indexing 10,000 pages on each publish of the home page cost seconds.
        var affected = new HashSet<Guid>();
        foreach (var key in keys)
        {
            affected.Add(key);
            if (previous is not null && PublishedContent.SamePlaceAndRoutes(previous.GetById(key), current.GetById(key)))
            {
                continue;
            }

            foreach (var d in current.GetDescendants(key))
            {
                affected.Add(d.Key);
            }

            if (previous is not null)
            {
                foreach (var d in previous.GetDescendants(key))
                {
                    affected.Add(d.Key);
                }
            }
        }

        if (affected.Count == 0)
        {
            return 0;
        }

        lock (_writeLock)
        {
            var writer = EnsureOpen();
            foreach (var key in affected)
            {
                var term = new Term(IndexFieldNames.Key, key.ToString("D"));
                var content = current.GetById(key);
                var doc = content is null ? null : _builder.Build(current, content);
                if (doc is null)
                {
                    writer.DeleteDocuments(term);
                }
                else
                {
                    writer.UpdateDocument(term, doc);
                }
            }

            _searcherManager!.MaybeRefreshBlocking();
            _uncommitted = current;
            if (_settings.CommitDelayMilliseconds == 0)
            {
                Commit(writer, SnapshotFingerprint.Compute(current));
                _uncommitted = null;
            }
            else if (!_commitScheduled)
            {
                _commitScheduled = true;
                _commitTimer.Change(_settings.CommitDelayMilliseconds, Timeout.Infinite);
            }
        }

        return affected.Count;
    }

    /// <summary>
    /// Commits the changes made since the last commit now, with the fingerprint of the snapshot they bring the index to.
    /// Runs on the background timer and at dispose; tests and tools call it to make the index durable at a known point.
    /// </summary>
    /// <returns>False when there was nothing to commit.</returns>
    public bool CommitPending()
    {
        for (var attempt = 0; ; attempt++)
        {
            IPublishedSnapshot? snapshot;
            lock (_writeLock)
            {
                snapshot = _uncommitted;
                if (snapshot is null || _writer is null || _disposed)
                {
                    return false;
                }

                if (attempt >= 3)
                {
                    // Writes keep arriving while we hash: hash under the lock this time rather than chase them.
                    Commit(_writer, SnapshotFingerprint.Compute(snapshot));
                    _uncommitted = null;
                    return true;
                }
            }

            // The fingerprint walks the whole snapshot: outside the lock, so index updates are not held up by it.
            var fingerprint = SnapshotFingerprint.Compute(snapshot);
            lock (_writeLock)
            {
                if (_writer is null || _disposed)
                {
                    return false;
                }

                if (ReferenceEquals(_uncommitted, snapshot))
                {
                    Commit(_writer, fingerprint);
                    _uncommitted = null;
                    return true;
                }
            }
        }
    }

    private void CommitInBackground()
    {
        lock (_writeLock)
        {
            _commitScheduled = false;
        }

        try
        {
            CommitPending();
        }
        catch (Exception ex)
        {
            // The searcher already shows the changes; only durability is late. The next change schedules another
            // commit, and a crash before one succeeds is caught by the fingerprint at the next start.
            _logger.LogError(ex, "Committing the search index in {Folder} failed", Folder);
        }
    }

    /// <summary>Closes the index as a killed process would: no commit, the files as of the last commit.</summary>
    internal void AbandonWithoutCommit()
    {
        lock (_writeLock)
        {
            _disposed = true;
            _commitTimer.Dispose();
            _searcherManager?.Dispose();
            _searcherManager = null;
            _writer?.Rollback();
            _writer = null;
            _uncommitted = null;
            _directory?.Dispose();
        }
    }

    public T Search<T>(Func<IndexSearcher, T> search, T whenClosed)
    {
        var manager = _searcherManager;
        if (manager is null)
        {
            return whenClosed;
        }

        IndexSearcher searcher;
        try
        {
            searcher = manager.Acquire();
        }
        catch (ObjectDisposedException)
        {
            return whenClosed;
        }

        try
        {
            return search(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        try
        {
            CommitPending();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Committing the search index in {Folder} at shutdown failed; it will be rebuilt at the next start", Folder);
        }

        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _commitTimer.Dispose();
            _disposed = true;
            _searcherManager?.Dispose();
            _searcherManager = null;
            _writer?.Dispose();
            _writer = null;
            _directory?.Dispose();
        }
    }

    private IndexWriter EnsureOpen()
    {
        if (_writer is null)
        {
            _searcherManager?.Dispose();
            _searcherManager = null;
            Open();
        }

        return _writer!;
    }

    private static void Commit(IndexWriter writer, string fingerprint)
    {
        writer.SetCommitData(new Dictionary<string, string> { [FingerprintKey] = fingerprint });
        writer.Commit();
    }

    private IndexWriter CreateWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(LuceneSettings.Version, Analyzer)
        {
            OpenMode = mode,
            RAMBufferSizeMB = _settings.RamBufferSizeMb,
        };
        return new IndexWriter(_directory, config);
    }

    private bool IsClean(LuceneDirectory directory)
    {
        try
        {
            var status = new CheckIndex(directory).DoCheckIndex();
            return status.Clean;
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "CheckIndex failed on {Folder}", Folder);
            return false;
        }
    }

    private void DeleteIndexFiles()
    {
        foreach (var file in System.IO.Directory.GetFiles(Folder))
        {
            File.Delete(file);
        }
    }
}
