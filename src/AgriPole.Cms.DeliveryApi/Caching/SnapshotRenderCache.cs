using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Caching;

/// <summary>
/// Precomputed bodies of the plain item-by-id response (no expand, no fields) per published snapshot and culture.
/// Tied to the snapshot object, so a swap discards it; never used for preview snapshots.
/// </summary>
public static class SnapshotRenderCache
{
    private static readonly ConditionalWeakTable<IPublishedSnapshot, ConcurrentDictionary<(Guid Key, string Culture), RenderedResponse>> Tables = new();

    public static RenderedResponse GetOrAdd(IPublishedSnapshot snapshot, Guid key, string culture, Func<RenderedResponse> render)
    {
        var table = Tables.GetOrCreateValue(snapshot);
        if (table.TryGetValue((key, culture), out var response))
        {
            return response;
        }

        response = render();
        table.TryAdd((key, culture), response);
        return response;
    }
}
