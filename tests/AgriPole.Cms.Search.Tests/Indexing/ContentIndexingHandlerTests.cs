using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgriPole.Cms.Search.Tests.Indexing;

public sealed class ContentIndexingHandlerTests : IDisposable
{
    private readonly IndexFixture _fixture = new();
    private readonly ContentIndexingHandler _handler;

    public ContentIndexingHandlerTests() => _handler = new ContentIndexingHandler(_fixture.Index, NullLogger<ContentIndexingHandler>.Instance);

    [Fact]
    public async Task HandleAsync_Publish_FoundOnNextSearch()
    {
        var before = SiteCorpus.Snapshot();
        _fixture.With(before);
        var page = Node.Of("contentPage").Under(SiteCorpus.Home).Fr("Agroécologie", "/agroecologie/", ("title", "Agroécologie et sols vivants")).Build();
        var after = before.With(page);

        await _handler.HandleAsync(new PublishedSnapshotChangedNotification(before, after, ContentChangeSet.ForContent(page.Key)), CancellationToken.None);

        Assert.Equal(page.Key, _fixture.Find("agroecologie").Hits.Single().Key);
    }

    [Fact]
    public async Task HandleAsync_Trash_GoneOnNextSearch()
    {
        var before = SiteCorpus.Snapshot();
        _fixture.With(before);

        await _handler.HandleAsync(new PublishedSnapshotChangedNotification(before, before.Without(SiteCorpus.Irrigation.Key), ContentChangeSet.ForContent(SiteCorpus.Irrigation.Key)), CancellationToken.None);

        Assert.Equal(0, _fixture.Find("irrigation").Total);
    }

    [Fact]
    public async Task HandleAsync_AllChangedOnOpenIndex_FullRebuild()
    {
        _fixture.With(new TestSnapshot([SiteCorpus.Home]));
        var snapshot = SiteCorpus.Snapshot();

        await _handler.HandleAsync(new PublishedSnapshotChangedNotification(new TestSnapshot([]), snapshot, ContentChangeSet.Everything), CancellationToken.None);

        Assert.Equal(9, _fixture.Index.DocumentCount);
    }

    [Fact]
    public async Task HandleAsync_AllChangedBeforeIndexOpens_LeftToStartupService()
    {
        // The snapshot built during start-up: opening and rebuilding here would hold up the first request.
        await _handler.HandleAsync(new PublishedSnapshotChangedNotification(new TestSnapshot([]), SiteCorpus.Snapshot(), ContentChangeSet.Everything), CancellationToken.None);

        Assert.False(_fixture.Index.IsOpen);
    }

    [Fact]
    public async Task HandleAsync_PreviewSnapshot_Ignored()
    {
        var before = SiteCorpus.Snapshot();
        _fixture.With(before);
        var draft = Node.Of("contentPage").Under(SiteCorpus.Home).Fr("Brouillon", "/brouillon/", ("title", "Brouillon secret")).Build();
        var preview = new TestSnapshot([.. before.All, draft], isPreview: true);

        await _handler.HandleAsync(new PublishedSnapshotChangedNotification(before, preview, ContentChangeSet.ForContent(draft.Key)), CancellationToken.None);

        Assert.Equal(0, _fixture.Find("brouillon secret").Total);
    }

    public void Dispose() => _fixture.Dispose();
}
