using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AgriPole.Cms.Search.Tests.Indexing;

public sealed class ExternalIndexTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    [Fact]
    public void Open_NoIndex_CreatedMissingAndNeedsRebuild()
    {
        Assert.Equal(IndexOpenResult.CreatedMissing, _fixture.Index.Open());
        Assert.True(_fixture.Index.NeedsRebuild);
        Assert.Equal(0, _fixture.Index.DocumentCount);
        Assert.True(DirectoryReader.IndexExists(FSDirectory.Open(_fixture.Folder)));
    }

    [Fact]
    public void Rebuild_Snapshot_DocumentHasSystemAndCultureFields()
    {
        _fixture.With(SiteCorpus.Snapshot());

        var doc = Single(IndexFieldNames.Key, SiteCorpus.WhyJoin.Key.ToString("D"));
        Assert.Equal("contentPage", doc.Get(IndexFieldNames.NodeTypeAlias));
        Assert.Equal(["fr-fr", "en-us"], doc.GetValues(IndexFieldNames.Published));
        Assert.Equal($"{SiteCorpus.Home.Key:D},{SiteCorpus.WhyJoin.Key:D}", doc.Get(IndexFieldNames.Path));
        Assert.Equal("Pourquoi adhérer au pôle ?", doc.Get("title_fr-fr"));
        Assert.Equal("Why join the cluster?", doc.Get("title_en-us"));
        Assert.Equal("/en/why-join/", doc.Get("__Url_en-us"));

        // Rich text is indexed as text: tags gone, entities decoded.
        Assert.Equal("Adhérer, c'est rejoindre un réseau de 400 membres & accéder aux appels à projets.", doc.Get("body_fr-fr"));
        Assert.False(_fixture.Index.NeedsRebuild);
    }

    [Fact]
    public void Rebuild_InvariantProperty_IndexedOnceWithoutCulture()
    {
        _fixture.With(SiteCorpus.Snapshot());

        var doc = Single(IndexFieldNames.Key, SiteCorpus.Lab.Key.ToString("D"));
        Assert.Equal(["Laboratoire Exemple Agrobiotech"], doc.GetValues("organisationName"));
        Assert.Equal(["researchLab"], doc.GetValues("kind"));
        Assert.Equal(["31 - Haute-Garonne"], doc.GetValues("department"));
        Assert.Null(doc.Get("organisationName_fr-fr"));
    }

    [Fact]
    public void Rebuild_BlockList_TextValuesIndexedLinksNot()
    {
        _fixture.With(SiteCorpus.Snapshot());

        var sections = Single(IndexFieldNames.Key, SiteCorpus.Competitiveness.Key.ToString("D")).Get("sections_fr-fr");
        Assert.Contains("Les feuilles de route régionales", sections, StringComparison.Ordinal);
        Assert.Contains("Télécharger le cahier des charges", sections, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", sections, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", sections, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_ExcludedTypeNoIndexAndUnroutableCulture_NotIndexed()
    {
        var orphan = Node.Of("contentPage").Under(SiteCorpus.Home).Fr("Orpheline", route: null, ("title", "Page orpheline")).Build();
        _fixture.With(SiteCorpus.Snapshot().With(orphan));

        Assert.Equal(0, Count(IndexFieldNames.Key, SiteCorpus.NotFound.Key.ToString("D")));
        Assert.Equal(0, Count(IndexFieldNames.Key, SiteCorpus.Hidden.Key.ToString("D")));
        Assert.Equal(0, Count(IndexFieldNames.Key, orphan.Key.ToString("D")));
        Assert.Equal(9, _fixture.Index.DocumentCount);
    }

    [Fact]
    public void Rebuild_PreviewSnapshot_IndexesNothing()
    {
        _fixture.Index.Open();
        _fixture.Index.Rebuild(new TestSnapshot([.. SiteCorpus.Snapshot().All], isPreview: true));

        Assert.Equal(0, _fixture.Index.DocumentCount);
    }

    [Fact]
    public void Refresh_Publish_SearchableImmediately()
    {
        var snapshot = SiteCorpus.Snapshot();
        _fixture.With(snapshot);
        var news = Node.Of("newsItem").Under(SiteCorpus.Home).Fr("Méthanisation", "/actualites/methanisation/", ("title", "Méthanisation à la ferme")).Build();

        _fixture.Index.Refresh(snapshot.With(news), [news.Key], snapshot);

        Assert.Equal(news.Key, _fixture.Find("methanisation").Hits.Single().Key);
    }

    [Fact]
    public void Refresh_Publish_SearchableBeforeCommitThenCommittedWithItsFingerprint()
    {
        // No background commit within the test, however slow the machine: the uncommitted state is what is checked.
        using var fixture = new IndexFixture(settings: new SearchSettings { CommitDelayMilliseconds = 60_000 });
        var snapshot = SiteCorpus.Snapshot();
        fixture.With(snapshot);
        var news = Node.Of("newsItem").Under(SiteCorpus.Home).Fr("Méthanisation", "/actualites/methanisation/", ("title", "Méthanisation à la ferme")).Build();
        var current = snapshot.With(news);

        fixture.Index.Refresh(current, [news.Key], snapshot);

        // Searchable at once from the writer; the commit on disk (and its fingerprint) is still the rebuild's.
        Assert.Equal(news.Key, fixture.Find("methanisation").Hits.Single().Key);
        Assert.True(fixture.Index.HasUncommittedChanges);
        Assert.Equal(SnapshotFingerprint.Compute(snapshot), fixture.Index.Fingerprint);

        Assert.True(fixture.Index.CommitPending());

        Assert.False(fixture.Index.HasUncommittedChanges);
        Assert.Equal(SnapshotFingerprint.Compute(current), fixture.Index.Fingerprint);
        Assert.False(fixture.Index.CommitPending());
    }

    [Fact]
    public void Refresh_SeveralChanges_CommittedTogetherInTheBackground()
    {
        using var fixture = new IndexFixture(settings: new SearchSettings { CommitDelayMilliseconds = 20 });
        var snapshot = SiteCorpus.Snapshot();
        fixture.With(snapshot);
        var first = Node.Of("newsItem").Under(SiteCorpus.Home).Fr("Méthanisation", "/actualites/methanisation/", ("title", "Méthanisation à la ferme")).Build();
        var second = Node.Of("newsItem").Under(SiteCorpus.Home).Fr("Agrivoltaïsme", "/actualites/agrivoltaisme/", ("title", "Agrivoltaïsme en vigne")).Build();
        var afterFirst = snapshot.With(first);
        var afterSecond = afterFirst.With(second);

        fixture.Index.Refresh(afterFirst, [first.Key], snapshot);
        fixture.Index.Refresh(afterSecond, [second.Key], afterFirst);

        Assert.True(SpinWait.SpinUntil(() => !fixture.Index.HasUncommittedChanges, TimeSpan.FromSeconds(30)), "no background commit");
        Assert.Equal(SnapshotFingerprint.Compute(afterSecond), fixture.Index.Fingerprint);
        Assert.Equal(second.Key, fixture.Find("agrivoltaisme").Hits.Single().Key);
    }

    [Fact]
    public void Dispose_UncommittedChanges_CommittedForTheNextStart()
    {
        // No background commit within the test, however slow the machine: only Dispose can have committed.
        using var fixture = new IndexFixture(settings: new SearchSettings { CommitDelayMilliseconds = 60_000 });
        var snapshot = SiteCorpus.Snapshot();
        fixture.With(snapshot);
        var news = Node.Of("newsItem").Under(SiteCorpus.Home).Fr("Méthanisation", "/actualites/methanisation/", ("title", "Méthanisation à la ferme")).Build();
        fixture.Index.Refresh(snapshot.With(news), [news.Key], snapshot);

        fixture.Close();

        using var reopened = new IndexFixture(fixture.Folder);
        Assert.Equal(IndexOpenResult.Opened, reopened.Index.Open());
        Assert.Equal(SnapshotFingerprint.Compute(snapshot.With(news)), reopened.Index.Fingerprint);
        Assert.Equal(news.Key, reopened.Find("methanisation").Hits.Single().Key);
    }

    [Fact]
    public void Refresh_UnpublishCulture_GoneFromThatCultureOnly()
    {
        var snapshot = SiteCorpus.Snapshot();
        _fixture.With(snapshot);
        var frenchOnly = Node.Of("contentPage").Key(SiteCorpus.WhyJoin.Key).Under(SiteCorpus.Home)
            .Fr("Pourquoi adhérer ?", "/pourquoi-adherer/", ("title", "Pourquoi adhérer au pôle ?")).Build();

        _fixture.Index.Refresh(snapshot.With(frenchOnly), [frenchOnly.Key], snapshot);

        Assert.DoesNotContain(_fixture.Find("join", "en-US").Hits, h => h.Key == SiteCorpus.WhyJoin.Key);
        Assert.Contains(_fixture.Find("adhérer", "fr-FR").Hits, h => h.Key == SiteCorpus.WhyJoin.Key);
    }

    [Fact]
    public void Refresh_DeleteParent_ParentAndDescendantsGone()
    {
        var snapshot = SiteCorpus.Snapshot();
        _fixture.With(snapshot);

        _fixture.Index.Refresh(snapshot.Without(SiteCorpus.Members.Key), [SiteCorpus.Members.Key], snapshot);

        Assert.Equal(0, _fixture.Find("exemple").Total);
        Assert.Equal(0, _fixture.Search.FilterMembers(new("fr-FR")).Total);
        Assert.Equal(0, Count(IndexFieldNames.Key, SiteCorpus.Members.Key.ToString("D")));
    }

    [Fact]
    public void Refresh_MoveParent_DescendantUrlsFollow()
    {
        var snapshot = SiteCorpus.Snapshot();
        _fixture.With(snapshot);
        var movedDirectory = Node.Of("membersDirectory").Key(SiteCorpus.Members.Key).Under(SiteCorpus.WhyJoin)
            .Fr("Les membres", "/pourquoi-adherer/membres/", ("title", "Annuaire des membres")).Build();
        var movedLab = Node.Of("member").Key(SiteCorpus.Lab.Key).Under(movedDirectory)
            .Fr("Laboratoire Exemple Agrobiotech", "/pourquoi-adherer/membres/labo/", ("description", "Laboratoire de recherche en biotechnologies végétales."))
            .Invariant("organisationName", "Laboratoire Exemple Agrobiotech").Build();
        var current = new TestSnapshot([.. snapshot.All.Where(n => n.Key != movedDirectory.Key && n.Key != movedLab.Key), movedDirectory, movedLab]);

        // Only the moved node is named in the change set: its descendants follow.
        _fixture.Index.Refresh(current, [movedDirectory.Key], snapshot);

        var lab = _fixture.Find("biotechnologies").Hits.Single();
        Assert.Equal("/pourquoi-adherer/membres/labo/", lab.Url);
        
        // Under "why join" now: the page itself, the directory and the lab.
        Assert.Equal(3, Count(IndexFieldNames.PathKey, SiteCorpus.WhyJoin.Key.ToString("D")));
    }

    [Fact]
    public void Refresh_ParentRepublishedWithSameRoutes_RewritesOnlyTheParent()
    {
        var snapshot = SiteCorpus.Snapshot();
        _fixture.With(snapshot);
        var retitled = Node.Of("membersDirectory").Key(SiteCorpus.Members.Key).Under(SiteCorpus.Home)
            .Fr("Les membres", "/membres/", ("title", "Annuaire renouvelé des adhérents"))
            .En("Members", "/members/", ("title", "Members directory")).Build();
        var current = new TestSnapshot([.. snapshot.All.Where(n => n.Key != retitled.Key), retitled]);

        var written = _fixture.Index.Refresh(current, [retitled.Key], snapshot);

        // The members below keep their documents (their URLs and paths did not change) and stay searchable.
        Assert.Equal(1, written);
        Assert.Equal(retitled.Key, _fixture.Find("renouvelé").Hits.Single().Key);
        Assert.Contains(_fixture.Find("biotechnologies").Hits, h => h.Key == SiteCorpus.Lab.Key);
    }

    [Fact]
    public void Refresh_ParentRouteChanged_RewritesItsDescendants()
    {
        var snapshot = SiteCorpus.Snapshot();
        _fixture.With(snapshot);
        var renamed = Node.Of("membersDirectory").Key(SiteCorpus.Members.Key).Under(SiteCorpus.Home)
            .Fr("Adhérents", "/adherents/", ("title", "Annuaire des membres")).Build();
        var lab = Node.Of("member").Key(SiteCorpus.Lab.Key).Under(renamed)
            .Fr("Laboratoire Exemple Agrobiotech", "/adherents/labo/", ("description", "Laboratoire de recherche en biotechnologies végétales."))
            .Invariant("organisationName", "Laboratoire Exemple Agrobiotech").Build();
        var current = new TestSnapshot([.. snapshot.All.Where(n => n.Key != renamed.Key && n.Key != lab.Key), renamed, lab]);

        var written = _fixture.Index.Refresh(current, [renamed.Key], snapshot);

        Assert.True(written > 1);
        Assert.Equal("/adherents/labo/", _fixture.Find("biotechnologies").Hits.Single().Url);
    }

    [Fact]
    public void Open_SecondWriterOnSameFolder_LockRefused()
    {
        _fixture.Index.Open();
        using var second = new IndexFixture(_fixture.Folder);

        Assert.ThrowsAny<LockObtainFailedException>(() => second.Index.Open());
    }

    [Fact]
    public void Open_ExistingHealthyIndex_KeepsDocuments()
    {
        _fixture.With(SiteCorpus.Snapshot());
        _fixture.Close();

        using var reopened = new IndexFixture(_fixture.Folder);
        Assert.Equal(IndexOpenResult.Opened, reopened.Index.Open());
        Assert.False(reopened.Index.NeedsRebuild);
        Assert.Equal(9, reopened.Index.DocumentCount);
    }

    [Theory]
    [InlineData("segments_")]
    [InlineData(".cfs")]
    [InlineData(".si")]
    public void Open_CorruptedFile_RecreatedEmptyAndNeedsRebuild(string fileHint)
    {
        _fixture.With(SiteCorpus.Snapshot());
        _fixture.Close();
        var victim = System.IO.Directory.GetFiles(_fixture.Folder).First(f => Path.GetFileName(f).Contains(fileHint, StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(victim);
        for (var i = bytes.Length / 3; i < bytes.Length; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(victim, bytes);

        using var reopened = new IndexFixture(_fixture.Folder);
        Assert.Equal(IndexOpenResult.RecreatedCorrupt, reopened.Index.Open());
        Assert.True(reopened.Index.NeedsRebuild);
        Assert.Equal(0, reopened.Index.DocumentCount);
        reopened.Index.Rebuild(SiteCorpus.Snapshot());
        Assert.Equal(SiteCorpus.WhyJoin.Key, reopened.Find("adhérer").Hits[0].Key);
    }

    [Fact]
    public void Search_BeforeOpen_ReturnsNotReady()
    {
        var results = _fixture.Find("adhérer");

        Assert.False(results.IndexReady);
        Assert.Empty(results.Hits);
    }

    public void Dispose() => _fixture.Dispose();

    private Lucene.Net.Documents.Document Single(string field, string value) =>
        _fixture.Index.Search(s => s.Doc(s.Search(new TermQuery(new Term(field, value)), 2).ScoreDocs.Single().Doc), null)!;

    private int Count(string field, string value) =>
        _fixture.Index.Search(s => s.Search(new TermQuery(new Term(field, value)), 1).TotalHits, -1);
}
