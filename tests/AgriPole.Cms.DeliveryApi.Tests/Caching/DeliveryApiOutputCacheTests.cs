using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;

namespace AgriPole.Cms.DeliveryApi.Tests.Caching;

public class DeliveryApiOutputCacheTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly RenderedResponse Body = RenderedResponse.Create("{}"u8.ToArray());

    [Fact]
    public void TryGet_BeforeExpiry_ReturnsEntryAndAfterExpiryNot()
    {
        var time = new ManualTime();
        var cache = new DeliveryApiOutputCache(time);
        cache.Set("k", Body, TimeSpan.FromMinutes(1));
        Assert.True(cache.TryGet("k", out var hit));
        Assert.Same(Body, hit);
        time.Now += TimeSpan.FromMinutes(2);
        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void Set_ZeroDuration_StoresNothing()
    {
        var cache = new DeliveryApiOutputCache(new ManualTime());
        cache.Set("k", Body, TimeSpan.Zero);
        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void Set_BeyondMaxEntries_StartsOver()
    {
        var cache = new DeliveryApiOutputCache(new ManualTime());
        for (var i = 0; i <= DeliveryApiOutputCache.MaxEntries; i++)
        {
            cache.Set("k" + i, Body, TimeSpan.FromMinutes(1));
        }

        Assert.True(cache.Count <= DeliveryApiOutputCache.MaxEntries);
        Assert.True(cache.TryGet("k" + DeliveryApiOutputCache.MaxEntries, out _));
    }

    [Fact]
    public async Task HandleAsync_SnapshotChanged_EmptiesCache()
    {
        var cache = new DeliveryApiOutputCache(new ManualTime());
        cache.Set("k", Body, TimeSpan.FromMinutes(1));
        IPublishedSnapshot before = DeliveryApiFixture.Published(1), after = DeliveryApiFixture.Published(2);
        await new DeliveryApiCacheRefresher(cache).HandleAsync(new PublishedSnapshotChangedNotification(before, after, ContentChangeSet.Everything), default);
        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void Create_DifferentBodies_GetDifferentETags()
    {
        Assert.NotEqual(RenderedResponse.Create("{\"a\":1}"u8.ToArray()).ETag, RenderedResponse.Create("{\"a\":2}"u8.ToArray()).ETag);
        Assert.Equal(RenderedResponse.Create("{\"a\":1}"u8.ToArray()).ETag, RenderedResponse.Create("{\"a\":1}"u8.ToArray()).ETag);
    }

    [Fact]
    public void GetOrAdd_SameSnapshot_RendersOnce()
    {
        var snapshot = DeliveryApiFixture.Published();
        var renders = 0;
        RenderedResponse Render() { renders++; return Body; }
        SnapshotRenderCache.GetOrAdd(snapshot, DeliveryApiFixture.HomeKey, "fr-FR", Render);
        SnapshotRenderCache.GetOrAdd(snapshot, DeliveryApiFixture.HomeKey, "fr-FR", Render);
        SnapshotRenderCache.GetOrAdd(DeliveryApiFixture.Published(), DeliveryApiFixture.HomeKey, "fr-FR", Render);
        Assert.Equal(2, renders);
    }
}
