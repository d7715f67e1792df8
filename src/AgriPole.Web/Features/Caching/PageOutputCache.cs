using System.Collections.Concurrent;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Web.Features.Rendering;
using Microsoft.Extensions.Options;

namespace AgriPole.Web.Features.Caching;

/// <summary>
/// Rendered HTML per (snapshot version, scheme, host, path). A request reads with the version of the snapshot it took,
/// so a publish shows at once: the first request on a new version starts an empty generation and the old one is dropped.
/// </summary>
public sealed class PageOutputCache(IOptions<PublicSiteSettings> settings)
{
    private readonly int _maxEntries = settings.Value.OutputCacheEnabled ? settings.Value.OutputCacheMaxEntries : 0;
    private Generation _current = new(-1);

    public bool TryGet(IPublishedSnapshot snapshot, PageCacheKey key, out CachedPage page)
    {
        var generation = _current;
        if (_maxEntries == 0 || snapshot.IsPreview || generation.Version != snapshot.Version)
        {
            page = null!;
            return false;
        }

        return generation.Pages.TryGetValue(key, out page!);
    }

    public void Set(IPublishedSnapshot snapshot, PageCacheKey key, CachedPage page)
    {
        if (_maxEntries == 0 || snapshot.IsPreview)
        {
            return;
        }

        var generation = _current;
        if (generation.Version != snapshot.Version)
        {
            if (snapshot.Version < generation.Version)
            {
                return;
            }

            var fresh = new Generation(snapshot.Version);
            generation = Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : _current;
            if (generation.Version != snapshot.Version)
            {
                return;
            }
        }

        if (generation.Pages.Count < _maxEntries)
        {
            generation.Pages.TryAdd(key, page);
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<PageCacheKey, CachedPage> Pages { get; } = new();
    }
}
