using System.Globalization;
using System.Net;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Content;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Workflow;

/// <summary>
/// Scheduled publishing with two app hosts on one SQLite database file (each with its own index and media folder, as
/// two nodes would be), and across a restart: the schedule is in the database, so whichever node polls runs it, once.
/// </summary>
public sealed class MultiNodeSchedulingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _sharedFolder = Path.Combine(Path.GetTempPath(), "agripole-nodes", Guid.NewGuid().ToString("N"));

    public MultiNodeSchedulingTests() => Directory.CreateDirectory(_sharedFolder);

    [Fact]
    public async Task Schedule_DuePublishWithTwoNodesPolling_RunsExactlyOnceAndBothNodesServeThePage()
    {
        using var nodeA = new NodeApp(_sharedFolder, TimeSpan.FromMilliseconds(100));
        using var nodeB = new NodeApp(_sharedFolder, TimeSpan.FromMilliseconds(100));
        var editor = await nodeA.SignedInAsync(BackOfficeRoles.Editor);
        _ = nodeB.Services; // start node B: its scheduler and cache-instruction poller now run too
        var key = await CreateScheduledNewsAsync(nodeA, editor, "Publication sur deux nœuds", DateTime.UtcNow.AddSeconds(1));

        await WaitUntilAsync(async () => (await ScheduledAuditAsync(nodeA, key)).Count > 0);

        // Give both schedulers several more polls: a second run would add a second audit entry and version.
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Equal("ok", Assert.Single(await ScheduledAuditAsync(nodeA, key)).Details);
        Assert.True((await new ContentEditingTests(nodeA).GetAsync(key)).IsPublished("fr-FR"));

        await using (var db = nodeA.Services.GetRequiredService<CmsDbContextFactory>().Create())
        {
            Assert.Single(await db.ContentVersions.Where(v => v.NodeKey == key && v.Action == "publish").ToListAsync());
        }

        var url = await PublicUrlAsync(nodeA, key);
        foreach (var node in new[] { nodeA, nodeB })
        {
            var visitor = node.CreateBrowser();
            await WaitUntilAsync(async () => (await visitor.GetAsync(url)).StatusCode == HttpStatusCode.OK);
            Assert.Contains("Publication sur deux nœuds", WebUtility.HtmlDecode(await visitor.GetStringAsync(url)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Schedule_CreatedBeforeTheHostStops_RunsAfterANewHostStarts()
    {
        Guid key;
        using (var before = new NodeApp(_sharedFolder, TimeSpan.FromHours(12)))
        {
            var editor = await before.SignedInAsync(BackOfficeRoles.Editor);
            key = await CreateScheduledNewsAsync(before, editor, "Publication après redémarrage", DateTime.UtcNow.AddSeconds(2));
            Assert.False((await new ContentEditingTests(before).GetAsync(key)).IsPublished("fr-FR"));
        }

        using var after = new NodeApp(_sharedFolder, TimeSpan.FromMilliseconds(100));
        var visitor = after.CreateBrowser();

        await WaitUntilAsync(async () => (await new ContentEditingTests(after).GetAsync(key)).IsPublished("fr-FR"));
        var url = await PublicUrlAsync(after, key);
        await WaitUntilAsync(async () => (await visitor.GetAsync(url)).StatusCode == HttpStatusCode.OK);

        // The outcome is written once the publish has returned: wait for it, then check it.
        ScheduledAction? schedule = null;
        await WaitUntilAsync(async () =>
        {
            await using var scope = after.Services.CreateAsyncScope();
            schedule = await scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>().ScheduledActions.AsNoTracking().SingleAsync(s => s.ContentKey == key);
            return schedule.Outcome is not null;
        });
        Assert.NotNull(schedule!.CompletedAt);
        Assert.Equal("ok", schedule.Outcome);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_sharedFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    private static async Task<Guid> CreateScheduledNewsAsync(NodeApp node, HttpClient editor, string title, DateTime runAtUtc)
    {
        var helpers = new ContentEditingTests(node);
        var key = await ContentEditingTests.CreateAsync(editor, await helpers.FindByTypeAsync("newsList"), "newsItem", title);
        await ContentEditingTests.PostEditorAsync(editor, key, $"/umbraco/content/edit/{key}?handler=save", new() { ["v.fr-FR.title"] = title, ["i.publishDate"] = "2027-01-01T00:00" });
        var response = await BackOfficeApp.PostFormAsync(editor, $"/umbraco/content/edit/{key}", $"/umbraco/content/publish/{key}?handler=schedule", new Dictionary<string, string>
        {
            ["action"] = "Publish",
            ["culture"] = "fr-FR",
            ["runAt"] = WorkflowTests.ParisTime(runAtUtc),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return key;
    }

    private static async Task<List<AuditEntry>> ScheduledAuditAsync(NodeApp node, Guid key)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.NodeKey == key && a.Action == "ScheduledPublish").ToListAsync();
    }

    /// <summary>
    /// The page's public URL once this node's snapshot holds it: the database says "published" at the commit, the
    /// snapshot a moment later (the refresh runs after the write queue is released).
    /// </summary>
    private static async Task<string> PublicUrlAsync(NodeApp node, Guid key)
    {
        var snapshots = node.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        await WaitUntilAsync(() => Task.FromResult(snapshots.Current.GetById(key) is not null));
        var snapshot = snapshots.Current;
        return node.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(snapshot, snapshot.GetById(key)!, "fr-FR")!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(50);
        }
    }

    /// <summary>One node: the app with its own index and media folder, on the shared database file.</summary>
    private sealed class NodeApp : BackOfficeApp
    {
        public NodeApp(string sharedFolder, TimeSpan pollInterval)
        {
            var interval = pollInterval.ToString("c", CultureInfo.InvariantCulture);
            Settings["ConnectionStrings:umbracoDbDSN"] = $"Data Source={Path.Combine(sharedFolder, "Umbraco.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True";
            Settings["AgriPole:BackOffice:SchedulerPollInterval"] = interval;
            Settings["AgriPole:Cms:CacheInstructionPollInterval"] = "00:00:00.1000000";
        }
    }
}
