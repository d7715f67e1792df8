using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Core.Tests.Persistence.Caching;

public sealed class CacheInstructionPollerTests : IAsyncLifetime
{
    private readonly SnapshotChanges _changesOnB = new();
    private CmsTestHost _nodeA = null!;
    private CmsTestHost _nodeB = null!;

    public async Task InitializeAsync()
    {
        _nodeA = await CmsTestHost.StartWithFixtureAsync();
        _nodeB = await CmsTestHost.StartAsync(_nodeA.ConfigFolder, _nodeA.DataFolder, s =>
            s.AddSingleton<INotificationHandler<PublishedSnapshotChangedNotification>>(_changesOnB));
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
    }

    [Fact]
    public async Task PollOnceAsync_PublishOnOtherNode_AppearsAfterPolling()
    {
        var page = (await _nodeA.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Réseau"), ("en-US", "Network")))).Value!;
        await _nodeA.Content.PublishAsync(page.Key, ["fr-FR", "en-US"]);
        Assert.NotNull(_nodeA.Current.GetByRoute("fr-FR", "/reseau/"));
        Assert.Null(_nodeB.Current.GetByRoute("fr-FR", "/reseau/"));
        _changesOnB.Seen.Clear();

        var replayed = await _nodeB.Poller.PollOnceAsync();

        Assert.Equal(1, replayed); // the publish: a draft save changes nothing published and writes no instruction
        Assert.Equal(page.Key, _nodeB.Current.GetByRoute("en-US", "/network/")!.Key);
        var change = Assert.Single(_changesOnB.Seen);
        Assert.Contains(page.Key, change.Changes.ContentKeys);
        Assert.Same(_nodeB.Current, change.Current);
    }

    [Fact]
    public async Task PollOnceAsync_OwnInstructions_AreNotReplayed()
    {
        await _nodeA.Content.UnpublishAsync(FixtureKeys.About, ["en-US"]);

        Assert.Equal(0, await _nodeA.Poller.PollOnceAsync());
        Assert.Equal(1, await _nodeB.Poller.PollOnceAsync());
        Assert.Equal(0, await _nodeB.Poller.PollOnceAsync());
        Assert.False(_nodeB.Current.GetById(FixtureKeys.About)!.IsPublishedIn("en-US"));
    }

    [Fact]
    public async Task PollOnceAsync_TrashAndMoveOnOtherNode_AreReplayed()
    {
        await _nodeA.Content.MoveAsync(FixtureKeys.Benefits, FixtureKeys.About);
        await _nodeA.Content.TrashAsync(FixtureKeys.NewsList);

        await _nodeB.Poller.PollOnceAsync();

        Assert.Equal(FixtureKeys.Benefits, _nodeB.Current.GetByRoute("fr-FR", "/a-propos/les-avantages/")!.Key);
        Assert.Null(_nodeB.Current.GetById(FixtureKeys.NewsList));
        Assert.Null(_nodeB.Current.GetById(FixtureKeys.NewsItem));
    }

    public sealed class SnapshotChanges : INotificationHandler<PublishedSnapshotChangedNotification>
    {
        public List<PublishedSnapshotChangedNotification> Seen { get; } = [];

        public Task HandleAsync(PublishedSnapshotChangedNotification notification, CancellationToken cancellationToken)
        {
            Seen.Add(notification);
            return Task.CompletedTask;
        }
    }
}
