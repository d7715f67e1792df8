using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.Tests.Support;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Core.Tests.Persistence.Content;

/// <summary>IContentService.RestoreAsync: out of the recycle bin, through the engine (validation, versions, notifications, cache instructions).</summary>
public sealed class ContentServiceRestoreTests : IAsyncLifetime
{
    private readonly RestoredLog _log = new();
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync(s =>
        s.AddSingleton<INotificationHandler<ContentRestoredNotification>>(_log));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RestoreAsync_TrashedSubtree_BackUnderTheOriginalParentUnpublishedWithItsChildren()
    {
        await _host.Content.TrashAsync(FixtureKeys.WhyJoin);
        await using var db = _host.Services.GetRequiredService<CmsDbContextFactory>().Create();
        var instructionsBefore = await db.CacheInstructions.CountAsync();

        var result = await _host.Content.RestoreAsync(FixtureKeys.WhyJoin, performingUser: "writer@example.org");

        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Code)));
        var restored = (await _host.Content.GetByIdAsync(FixtureKeys.WhyJoin))!;
        var child = (await _host.Content.GetByIdAsync(FixtureKeys.Benefits))!;
        Assert.False(restored.Trashed);
        Assert.False(child.Trashed);
        Assert.Equal(FixtureKeys.Home, restored.ParentKey);
        Assert.Equal($"{FixtureKeys.Home:D},{FixtureKeys.WhyJoin:D},{FixtureKeys.Benefits:D}", child.Path);
        Assert.False(restored.IsPublished("fr-FR"));
        Assert.Contains(await _host.Content.GetChildrenAsync(FixtureKeys.Home), c => c.Key == FixtureKeys.WhyJoin);
        Assert.Null(_host.Current.GetById(FixtureKeys.WhyJoin));
        Assert.Equal([(FixtureKeys.WhyJoin, (Guid?)FixtureKeys.Home)], _log.Entries);
        var version = await db.ContentVersions.Where(v => v.NodeKey == FixtureKeys.WhyJoin).OrderByDescending(v => v.Id).FirstAsync();
        Assert.Equal("restore", version.Action);
        Assert.Equal("writer@example.org", version.PerformingUser);
        Assert.Equal(instructionsBefore + 1, await db.CacheInstructions.CountAsync());

        // Restored means usable again: it publishes.
        Assert.True((await _host.Content.PublishAsync(FixtureKeys.WhyJoin, ["fr-FR"])).Success);
        Assert.NotNull(_host.Current.GetById(FixtureKeys.WhyJoin));
    }

    [Fact]
    public async Task RestoreAsync_SegmentTakenWhileInTheBin_GetsAUniqueSegment()
    {
        await _host.Content.TrashAsync(FixtureKeys.About);
        var newcomer = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "À propos")))).Value!;
        Assert.Equal("a-propos", newcomer.Cultures["fr-FR"].UrlSegment);

        Assert.True((await _host.Content.RestoreAsync(FixtureKeys.About)).Success);

        Assert.Equal("a-propos-2", (await _host.Content.GetByIdAsync(FixtureKeys.About))!.Cultures["fr-FR"].UrlSegment);
    }

    [Fact]
    public async Task RestoreAsync_OriginalParentInTheBin_FailsUntilAnAllowedParentIsGiven()
    {
        await _host.Content.TrashAsync(FixtureKeys.Benefits);
        await _host.Content.TrashAsync(FixtureKeys.WhyJoin);

        // contentPage is not allowed at the root, and its parent is still trashed.
        var toOriginal = await _host.Content.RestoreAsync(FixtureKeys.Benefits);
        var underNewsList = await _host.Content.RestoreAsync(FixtureKeys.Benefits, FixtureKeys.NewsList);
        var underTrashed = await _host.Content.RestoreAsync(FixtureKeys.Benefits, FixtureKeys.WhyJoin);
        var underMissing = await _host.Content.RestoreAsync(FixtureKeys.Benefits, Guid.NewGuid());

        Assert.Equal("parentNotFound", Assert.Single(toOriginal.Errors).Code);
        Assert.Equal("notAllowedUnder", Assert.Single(underNewsList.Errors).Code);
        Assert.Equal("parentNotFound", Assert.Single(underTrashed.Errors).Code);
        Assert.Equal("parentNotFound", Assert.Single(underMissing.Errors).Code);
        Assert.True((await _host.Content.GetByIdAsync(FixtureKeys.Benefits))!.Trashed);
        Assert.Empty(_log.Entries);

        var underAbout = await _host.Content.RestoreAsync(FixtureKeys.Benefits, FixtureKeys.About);

        Assert.True(underAbout.Success);
        var restored = (await _host.Content.GetByIdAsync(FixtureKeys.Benefits))!;
        Assert.Equal(FixtureKeys.About, restored.ParentKey);
        Assert.Equal(3, restored.Level);
        Assert.Contains(await _host.Content.GetChildrenAsync(FixtureKeys.About), c => c.Key == FixtureKeys.Benefits);
    }

    [Fact]
    public async Task RestoreAsync_NotInTheBinOrUnknown_FailsAndChangesNothing()
    {
        Assert.Equal("notTrashed", Assert.Single((await _host.Content.RestoreAsync(FixtureKeys.About)).Errors).Code);
        Assert.Equal("notFound", Assert.Single((await _host.Content.RestoreAsync(Guid.NewGuid())).Errors).Code);
        Assert.NotNull(_host.Current.GetById(FixtureKeys.About));
        Assert.Empty(_log.Entries);
    }

    private sealed class RestoredLog : INotificationHandler<ContentRestoredNotification>
    {
        public List<(Guid Key, Guid? ParentKey)> Entries { get; } = [];

        public Task HandleAsync(ContentRestoredNotification notification, CancellationToken cancellationToken)
        {
            Entries.Add((notification.Key, notification.ParentKey));
            return Task.CompletedTask;
        }
    }
}
