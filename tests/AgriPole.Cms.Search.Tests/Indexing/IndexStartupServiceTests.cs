using AgriPole.Cms.Search;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgriPole.Cms.Search.Tests.Indexing;

public sealed class IndexStartupServiceTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    [Fact]
    public async Task StartAsync_MissingIndex_RebuiltInBackground()
    {
        var service = new IndexStartupService(_fixture.Index, new TestSnapshotAccessor(SiteCorpus.Snapshot()), NullLogger<IndexStartupService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(9, _fixture.Index.DocumentCount);
        Assert.Equal(SiteCorpus.WhyJoin.Key, _fixture.Find("adhérer").Hits[0].Key);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_EmptyIndexWhileContentExists_Rebuilt()
    {
        _fixture.Index.Open();
        _fixture.Index.Rebuild(new TestSnapshot([]));
        _fixture.Close();
        using var restarted = new IndexFixture(_fixture.Folder);
        var service = new IndexStartupService(restarted.Index, new TestSnapshotAccessor(SiteCorpus.Snapshot()), NullLogger<IndexStartupService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(9, restarted.Index.DocumentCount);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_CorruptSegmentsFile_RebuiltFromSnapshot()
    {
        _fixture.With(SiteCorpus.Snapshot());
        _fixture.Close();
        var segments = Directory.GetFiles(_fixture.Folder, "segments_*").Single();
        await File.WriteAllBytesAsync(segments, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        using var restarted = new IndexFixture(_fixture.Folder);
        var service = new IndexStartupService(restarted.Index, new TestSnapshotAccessor(SiteCorpus.Snapshot()), NullLogger<IndexStartupService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(9, restarted.Index.DocumentCount);
        Assert.Equal(SiteCorpus.Irrigation.Key, restarted.Find("irrigation").Hits[0].Key);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_HealthyIndexOfSameSnapshot_NotRebuilt()
    {
        _fixture.With(SiteCorpus.Snapshot());
        _fixture.Close();
        var commitBefore = Directory.GetFiles(_fixture.Folder, "segments_*").Single();
        using var restarted = new IndexFixture(_fixture.Folder);
        var service = new IndexStartupService(restarted.Index, new TestSnapshotAccessor(SiteCorpus.Snapshot()), NullLogger<IndexStartupService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(9, restarted.Index.DocumentCount);
        Assert.Equal([commitBefore], Directory.GetFiles(_fixture.Folder, "segments_*"));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_HealthyIndexOfOlderSnapshot_RebuiltWhileOldStaysSearchable()
    {
        // Built when only the home page was published; other nodes published the rest while this one was down.
        _fixture.With(new TestSnapshot([SiteCorpus.Home]));
        _fixture.Close();
        using var restarted = new IndexFixture(_fixture.Folder);
        Assert.Equal(IndexOpenResult.Opened, restarted.Index.Open());
        Assert.Equal(1, restarted.Index.DocumentCount);
        var service = new IndexStartupService(restarted.Index, new TestSnapshotAccessor(SiteCorpus.Snapshot()), NullLogger<IndexStartupService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(9, restarted.Index.DocumentCount);
        Assert.Equal(SnapshotFingerprint.Compute(SiteCorpus.Snapshot()), restarted.Index.Fingerprint);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_KilledBeforeBackgroundCommit_RebuiltToTheDatabaseState()
    {
        // No background commit before the "kill", however slow the machine.
        using var killed = new IndexFixture(settings: new SearchSettings { CommitDelayMilliseconds = 60_000 });
        var before = SiteCorpus.Snapshot();
        killed.With(before);
        var news = Node.Of("newsItem").Under(SiteCorpus.Home).Fr("Méthanisation", "/actualites/methanisation/", ("title", "Méthanisation à la ferme")).Build();
        var published = before.With(news);
        killed.Index.Refresh(published, [news.Key], before);
        Assert.Equal(news.Key, killed.Find("methanisation").Hits.Single().Key);

        // The process dies after the publish was answered (and searchable) but before the index commit.
        killed.Index.AbandonWithoutCommit();

        using var restarted = new IndexFixture(killed.Folder);
        Assert.Equal(IndexOpenResult.Opened, restarted.Index.Open());
        Assert.Empty(restarted.Find("methanisation").Hits);
        Assert.Equal(SnapshotFingerprint.Compute(before), restarted.Index.Fingerprint);
        var service = new IndexStartupService(restarted.Index, new TestSnapshotAccessor(published), NullLogger<IndexStartupService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(news.Key, restarted.Find("methanisation").Hits.Single().Key);
        Assert.Equal(SnapshotFingerprint.Compute(published), restarted.Index.Fingerprint);
        Assert.Equal(10, restarted.Index.DocumentCount);
        await service.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _fixture.Dispose();
}
