using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Commands;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Search.Tests.Commands;

public sealed class SearchCommandsTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    [Fact]
    public void RunRebuild_Snapshot_PrintsProgressAndIndexes()
    {
        using var services = Services(SiteCorpus.Snapshot());
        using var output = new StringWriter();

        var exit = SearchCommands.RunRebuild(services, output);

        Assert.Equal(0, exit);
        Assert.Contains("rebuilding from 11 published nodes", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("11/11 nodes, 9 documents", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Done: 9 documents", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(9, _fixture.Index.DocumentCount);
    }

    [Fact]
    public void RunRebuild_IndexLockedByRunningSite_ExitCode2WithMessage()
    {
        using var site = new IndexFixture(_fixture.Folder);
        site.Index.Open();
        using var services = Services(SiteCorpus.Snapshot());
        using var output = new StringWriter();

        var exit = SearchCommands.RunRebuild(services, output);

        Assert.Equal(2, exit);
        Assert.Contains("locked by a running site", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();

    private ServiceProvider Services(IPublishedSnapshot snapshot) => new ServiceCollection()
        .AddSingleton<IIndex>(_fixture.Index)
        .AddSingleton<IPublishedSnapshotAccessor>(new TestSnapshotAccessor(snapshot))
        .BuildServiceProvider();
}
