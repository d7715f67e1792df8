using System.Collections.Concurrent;
using AgriPole.Cms.Core.Tests.Support;

namespace AgriPole.Cms.Core.Tests.Persistence.PublishedCache;

public sealed class PublishedSnapshotServiceTests : IAsyncLifetime
{
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Current_SeededTree_HasRoutesPerCulture()
    {
        var snapshot = _host.Current;

        Assert.Equal("/", snapshot.GetById(FixtureKeys.Home)!.Cultures["fr-FR"].Route);
        Assert.Equal("/", snapshot.GetById(FixtureKeys.Home)!.Cultures["en-US"].Route);
        Assert.Equal("/actualites/lancement-du-site/", snapshot.GetById(FixtureKeys.NewsItem)!.Cultures["fr-FR"].Route);
        Assert.Equal("/news/website-launch/", snapshot.GetById(FixtureKeys.NewsItem)!.Cultures["en-US"].Route);
        Assert.Equal(FixtureKeys.NewsItem, snapshot.GetByRoute("fr-FR", "ACTUALITES/Lancement-Du-Site")!.Key);
        Assert.Equal([FixtureKeys.NewsList, FixtureKeys.NewsItem], snapshot.GetDescendants(FixtureKeys.NewsList).Prepend(snapshot.GetById(FixtureKeys.NewsList)!).Select(n => n.Key));
        Assert.Equal(
            [FixtureKeys.Home, FixtureKeys.About, FixtureKeys.WhyJoin, FixtureKeys.Benefits, FixtureKeys.NewsList, FixtureKeys.NewsItem],
            snapshot.All.Select(n => n.Key));
    }

    [Fact]
    public async Task CreatePreviewSnapshotAsync_IncludesDraftsButNotTrashed()
    {
        await _host.Content.TrashAsync(FixtureKeys.NewsList);

        var preview = await _host.Snapshots.CreatePreviewSnapshotAsync();

        Assert.True(preview.IsPreview);
        Assert.Equal("/brouillon-secret/", preview.GetById(FixtureKeys.Draft)!.Cultures["fr-FR"].Route);
        Assert.Null(preview.GetById(FixtureKeys.NewsList));
        Assert.False(_host.Current.IsPreview);
    }

    [Fact]
    public async Task RefreshAsync_DuringPublishes_ReadersSeeWholeVersionsOnly()
    {
        await PublishVersionAsync(0);
        var violations = new ConcurrentBag<string>();
        var versionsSeen = new ConcurrentDictionary<long, bool>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            long last = 0;
            while (!stop.IsCancellationRequested)
            {
                var snapshot = _host.Current;
                if (snapshot.Version < last)
                {
                    violations.Add($"version went back from {last} to {snapshot.Version}");
                }

                last = snapshot.Version;
                versionsSeen[snapshot.Version] = true;
                var why = snapshot.GetById(FixtureKeys.WhyJoin)!;
                var benefits = snapshot.GetById(FixtureKeys.Benefits)!;
                var parentRoute = why.Cultures["fr-FR"].Route!;
                if (!benefits.Cultures["fr-FR"].Route!.StartsWith(parentRoute, StringComparison.Ordinal))
                {
                    violations.Add($"child route {benefits.Cultures["fr-FR"].Route} not under {parentRoute} in version {snapshot.Version}");
                }

                if (why.GetString("title", "fr-FR") != why.GetString("title", "en-US"))
                {
                    violations.Add($"half publish in version {snapshot.Version}");
                }

                if (snapshot.GetByRoute("fr-FR", parentRoute) != why)
                {
                    violations.Add($"route index out of step in version {snapshot.Version}");
                }
            }
        })).ToArray();

        // Each publish waits (bounded) until a reader has seen it: on a fast machine the loop could otherwise finish
        // before any reader thread was scheduled, and the test would prove nothing.
        for (var i = 1; i <= 12; i++)
        {
            var seenBefore = versionsSeen.Count;
            await PublishVersionAsync(i);
            for (var wait = 0; versionsSeen.Count == seenBefore && wait < 100; wait++)
            {
                await Task.Delay(10);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(violations);
        Assert.True(versionsSeen.Count > 1);
        Assert.Equal("/pourquoi-adherer-12/les-avantages/", _host.Current.GetById(FixtureKeys.Benefits)!.Cultures["fr-FR"].Route);
    }

    /// <summary>Renames the French page (so its subtree's routes change) and sets the same title in both cultures, published together.</summary>
    private async Task PublishVersionAsync(int i)
    {
        var why = (await _host.Content.GetByIdAsync(FixtureKeys.WhyJoin))!;
        why.Cultures["fr-FR"].Name = $"Pourquoi adhérer {i}";
        why.Cultures["fr-FR"].Values["title"] = Items.Json($"v{i}");
        why.Cultures["en-US"].Values["title"] = Items.Json($"v{i}");
        await _host.Content.SaveAsync(why);
        Assert.True((await _host.Content.PublishAsync(FixtureKeys.WhyJoin, ["fr-FR", "en-US"])).Success);
    }
}
