using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Tests.Support;

namespace AgriPole.Cms.Search.Tests.Indexing;

public sealed class SnapshotFingerprintTests
{
    [Fact]
    public void Compute_SameContent_SameFingerprint() =>
        Assert.Equal(SnapshotFingerprint.Compute(SiteCorpus.Snapshot()), SnapshotFingerprint.Compute(SiteCorpus.Snapshot()));

    [Fact]
    public void Compute_NodeAdded_Differs()
    {
        var extra = Node.Of("contentPage").Under(SiteCorpus.Home).Fr("Nouvelle", "/nouvelle/", ("title", "Nouvelle")).Build();

        Assert.NotEqual(SnapshotFingerprint.Compute(SiteCorpus.Snapshot()), SnapshotFingerprint.Compute(SiteCorpus.Snapshot().With(extra)));
    }

    [Fact]
    public void Compute_RouteOrCultureChanged_Differs()
    {
        var renamed = Node.Of("contentPage").Key(SiteCorpus.FrenchOnly.Key).Under(SiteCorpus.Home)
            .Fr("Mentions légales", "/mentions/", ("title", "Mentions légales")).Build();
        var translated = Node.Of("contentPage").Key(SiteCorpus.FrenchOnly.Key).Under(SiteCorpus.Home)
            .Fr("Mentions légales", "/mentions-legales/", ("title", "Mentions légales")).En("Legal notice", "/legal-notice/").Build();
        var original = SnapshotFingerprint.Compute(SiteCorpus.Snapshot());

        Assert.NotEqual(original, SnapshotFingerprint.Compute(SiteCorpus.Snapshot().With(renamed)));
        Assert.NotEqual(original, SnapshotFingerprint.Compute(SiteCorpus.Snapshot().With(translated)));
    }
}
