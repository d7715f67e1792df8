using System.Collections.Concurrent;

namespace AgriPole.Cms.DeliveryApi.Caching;

/// <summary>
/// The Delivery API output cache (Umbraco:CMS:DeliveryApi:OutputCache). Keys carry the snapshot version, culture,
/// start item and full URL, so a publish can never serve stale data; entries are also dropped on every snapshot swap
/// (<see cref="DeliveryApiCacheRefresher"/>) to free memory. Preview and keyed requests never reach it.
/// </summary>
public sealed class DeliveryApiOutputCache(TimeProvider timeProvider)
{
    // Bounds memory against callers varying the query string: past this, the cache starts over.
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (RenderedResponse Response, DateTimeOffset Stored, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public bool TryGet(string key, out RenderedResponse response) => TryGet(key, out response, out _);

    /// <param name="age">How long the entry has been stored (the Age header of a cached hit).</param>
    public bool TryGet(string key, out RenderedResponse response, out TimeSpan age)
    {
        var now = timeProvider.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now)
        {
            response = entry.Response;
            age = now - entry.Stored;
            return true;
        }

        response = null!;
        age = default;
        return false;
    }

    public void Set(string key, RenderedResponse response, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var now = timeProvider.GetUtcNow();
        _entries[key] = (response, now, now + duration);
    }

    public void Clear() => _entries.Clear();
}
