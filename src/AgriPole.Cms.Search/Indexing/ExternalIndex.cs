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
/// a second one fail); searches go through a near-real-time SearcherManager refreshed after every change, so a publish
/// is searchable as soon as the notification handler returns.
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
    private bool _disposed;

    public ExternalIndex(string folder, ContentValueSetBuilder builder, CultureFieldAnalyzer analyzer, SearchSettings settings, ILogger<ExternalIndex> logger)
    {
        Folder = Path.GetFullPath(folder);
        _builder = builder;
        Analyzer = analyzer;
        _settings = settings;
        _logger = logger;
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

                Commit(writer, snapshot);
            }
            catch
            {
                writer.Rollback();
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
            if (previous is not null && SamePlaceAndRoutes(previous.GetById(key), current.GetById(key)))
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

            Commit(writer, current);
            _searcherManager!.MaybeRefreshBlocking();
        }

        return affected.Count;
    }

    private static bool SamePlaceAndRoutes(PublishedContent? before, PublishedContent? after)
    {
        if (before is null || after is null || before.ParentKey != after.ParentKey || before.Cultures.Count != after.Cultures.Count)
        {
            return false;
        }

        foreach (var (code, culture) in after.Cultures)
        {
            if (!before.Cultures.TryGetValue(code, out var was) || !string.Equals(was.Route, culture.Route, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

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

    private static void Commit(IndexWriter writer, IPublishedSnapshot snapshot)
    {
        writer.SetCommitData(new Dictionary<string, string> { [FingerprintKey] = SnapshotFingerprint.Compute(snapshot) });
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
