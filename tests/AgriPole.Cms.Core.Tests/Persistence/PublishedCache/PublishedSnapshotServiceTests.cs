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

    [Fact]
    public async Task RefreshAsync_ConcurrentEditors_SnapshotEndsEqualToRebuild()
    {
        // Four editors at once: re-publishes that keep routes (copy-on-write), renames (subtrees), a move and
        // unpublishes, racing; each write refreshes after releasing the write lock, so refreshes may run out of order.
        var pages = new[] { FixtureKeys.About, FixtureKeys.WhyJoin, FixtureKeys.Benefits, FixtureKeys.NewsItem };
        var editors = pages.Select((key, e) => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                var item = (await _host.Content.GetByIdAsync(key))!;
                foreach (var culture in item.Cultures.Values)
                {
                    culture.Values["title"] = Items.Json($"editor {e} write {i}");
                }

                if (i % 3 == 2)
                {
                    item.Cultures["fr-FR"].Name = $"Renommée {e} {i}";
                }

                Assert.True((await _host.Content.SaveAsync(item)).Success);
                if (e == 3 && i == 3)
                {
                    Assert.True((await _host.Content.UnpublishAsync(key, ["en-US"])).Success);
                    continue;
                }

                Assert.True((await _host.Content.PublishAsync(key, ["*"])).Success);
                Assert.Equal($"editor {e} write {i}", _host.Current.GetById(key)!.GetString("title", "fr-FR"));
            }
        })).ToList();
        editors.Add(Task.Run(async () => Assert.True((await _host.Content.MoveAsync(FixtureKeys.Benefits, FixtureKeys.About)).Success)));

        await Task.WhenAll(editors);

        var refreshed = _host.Current;
        await _host.Snapshots.RebuildAsync();
        var rebuilt = _host.Current;
        Assert.Equal(rebuilt.All.Select(Describe), refreshed.All.Select(Describe));
        foreach (var node in rebuilt.All)
        {
            Assert.Equal(rebuilt.GetChildren(node.Key).Select(c => c.Key), refreshed.GetChildren(node.Key).Select(c => c.Key));
        }
    }

    private static string Describe(AgriPole.Cms.Core.PublishedCache.PublishedContent node) =>
        $"{node.Key} {node.ParentKey} {node.UpdateDate:O} " + string.Join(
            ";",
            node.Cultures.Values.OrderBy(c => c.Culture, StringComparer.Ordinal).Select(c => $"{c.Culture} {c.Name} {c.Route} {(c.Values.TryGetValue("title", out var t) ? t.GetRawText() : "-")}"));

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
