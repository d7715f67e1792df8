using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Persistence.PublishedCache;

/// <summary>
/// Holds this node's published snapshot in one volatile reference. Builds it from the database at start, then on every
/// change (made here or replayed from another node) reloads only what changed and swaps in a new immutable snapshot.
/// </summary>
public sealed class PublishedSnapshotService : IPublishedSnapshotService, IDisposable
{
    private static readonly IReadOnlyDictionary<string, DictionaryItem> NoDictionary = new Dictionary<string, DictionaryItem>();

    private readonly CmsDbContextFactory _db;
    private readonly ICmsDefinitions _definitions;
    private readonly IEventAggregator _events;
    private readonly ILogger<PublishedSnapshotService> _logger;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile PublishedSnapshot _current;
    private long _version;

    public PublishedSnapshotService(CmsDbContextFactory db, ICmsDefinitions definitions, IEventAggregator events, ILogger<PublishedSnapshotService> logger)
    {
        _db = db;
        _definitions = definitions;
        _events = events;
        _logger = logger;
        _current = PublishedSnapshotBuilder.Build(definitions, [], [], NoDictionary, 0);
    }

    public IPublishedSnapshot Current => _current;

    public void Dispose() => _lock.Dispose();

    /// <summary>The last cache instruction already reflected in the snapshot; the poller replays the ones after it.</summary>
    public long CacheInstructionWatermark { get; private set; } = -1;

    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _db.OpenConnectionAsync(cancellationToken);

            // Read the watermark first: an instruction written while we load is replayed again, which is harmless.
            var watermark = await PublishedSourceReader.ReadWatermarkAsync(connection, cancellationToken);
            var items = await PublishedSourceReader.ReadPublishedContentAsync(connection, cancellationToken);
            var media = await PublishedSourceReader.ReadMediaAsync(connection, cancellationToken);
            var dictionary = await PublishedSourceReader.ReadDictionaryAsync(connection, cancellationToken);
            var snapshot = PublishedSnapshotBuilder.Build(_definitions, items, media, dictionary, Interlocked.Increment(ref _version));
            CacheInstructionWatermark = Math.Max(CacheInstructionWatermark, watermark);
            await SwapAsync(snapshot, ContentChangeSet.Everything, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task RefreshAsync(ContentChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (changes.All)
        {
            await RebuildAsync(cancellationToken);
            return;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            await using var db = _db.Create();
            var previous = _current;
            var subtreeKeys = new HashSet<Guid>();
            var nodeOnly = new HashSet<Guid>();
            var reloaded = new List<ContentItem>();
            if (changes.ContentKeys.Count > 0)
            {
                var keys = changes.ContentKeys.Distinct().ToList();
                var changed = await db.ContentNodes.Include(n => n.Cultures).Where(n => keys.Contains(n.Key)).AsSplitQuery().ToListAsync(cancellationToken);
                var byKey = changed.ToDictionary(n => n.Key);
                var prefixes = new List<string>();
                foreach (var key in keys)
                {
                    if (!byKey.TryGetValue(key, out var entity))
                    {
                        subtreeKeys.Add(key); // deleted: drop it and whatever was below it
                        continue;
                    }

                    var item = ContentMapper.ToItem(entity, ValueLoad.Published);
                    reloaded.Add(item);
                    if (PublishedSnapshotBuilder.KeepsRoutes(previous.GetById(key), item))
                    {
                        nodeOnly.Add(key);
                    }
                    else
                    {
                        subtreeKeys.Add(key);
                        prefixes.Add(entity.Path + ",");
                    }
                }

                foreach (var prefix in prefixes)
                {
                    var descendants = await db.ContentNodes.Include(n => n.Cultures)
                        .Where(n => n.Path.StartsWith(prefix) && !n.Trashed)
                        .AsSplitQuery()
                        .ToListAsync(cancellationToken);
                    reloaded.AddRange(descendants.Where(d => !byKey.ContainsKey(d.Key)).Select(d => ContentMapper.ToItem(d, ValueLoad.Published)));
                }
            }

            List<MediaItem>? media = null;
            IReadOnlyDictionary<string, DictionaryItem>? dictionary = null;
            if (changes.MediaKeys.Count > 0 || changes.Dictionary)
            {
                await using var connection = await _db.OpenConnectionAsync(cancellationToken);
                media = changes.MediaKeys.Count > 0 ? await PublishedSourceReader.ReadMediaAsync(connection, cancellationToken) : null;
                dictionary = changes.Dictionary ? await PublishedSourceReader.ReadDictionaryAsync(connection, cancellationToken) : null;
            }
            var snapshot = PublishedSnapshotBuilder.Refresh(
                _definitions,
                previous,
                subtreeKeys,
                nodeOnly,
                reloaded,
                media,
                dictionary,
                Interlocked.Increment(ref _version));
            await SwapAsync(snapshot, changes, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<IPublishedSnapshot> CreatePreviewSnapshotAsync(CancellationToken cancellationToken = default)
    {
        await using var db = _db.Create();
        var nodes = await db.ContentNodes.Include(n => n.Cultures).Where(n => !n.Trashed).AsSplitQuery().ToListAsync(cancellationToken);
        var items = nodes.Select(n => ContentMapper.ToItem(n, ValueLoad.Draft)).ToList();
        var current = _current;
        return PublishedSnapshotBuilder.Build(_definitions, items, current.MediaTreeOrder, current.Dictionary, current.Version, preview: true);
    }

    /// <summary>Moves the watermark after replaying instructions up to <paramref name="id"/>.</summary>
    internal void AdvanceWatermark(long id) => CacheInstructionWatermark = Math.Max(CacheInstructionWatermark, id);

    /// <remarks>
    /// Runs under the refresh lock so handlers (search index, output cache) see changes in order. A handler must therefore
    /// not call <see cref="RefreshAsync"/> or <see cref="RebuildAsync"/> itself.
    /// </remarks>
    private async Task SwapAsync(PublishedSnapshot snapshot, ContentChangeSet changes, CancellationToken cancellationToken)
    {
        var previous = _current;
        _current = snapshot;
        _logger.LogDebug("Published snapshot {Version}: {Count} nodes", snapshot.Version, snapshot.ContentCount);
        await _events.PublishAsync(new PublishedSnapshotChangedNotification(previous, snapshot, changes), cancellationToken);
    }
}
