using System.Globalization;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;
using AgriPole.Testing;
using AgriPole.Web.Features.Members;
using AgriPole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Members;

/// <summary>
/// A directory larger than one page (the seed members plus 30 published ones), answered by the search index in one
/// app and by the snapshot in another whose index is never built: same pages, same order, plain-link paging.
/// </summary>
public sealed class MemberDirectoryPagingTests : IClassFixture<MemberDirectoryPagingTests.Apps>
{
    private const string Kind = "company";
    private const string Department = "31 - Haute-Garonne";
    private readonly Apps _apps;

    public MemberDirectoryPagingTests(Apps apps) => _apps = apps;

    public sealed class Apps : IAsyncLifetime
    {
        public AgriPoleApplicationFactory Indexed { get; } = new();

        public IndexNeverBuiltFactory Building { get; } = new();

        public async Task InitializeAsync()
        {
            await Indexed.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));
            await AddMembersAsync(Indexed);
            await AddMembersAsync(Building);
        }

        public Task DisposeAsync()
        {
            Indexed.Dispose();
            Building.Dispose();
            return Task.CompletedTask;
        }

        private static async Task AddMembersAsync(AgriPoleApplicationFactory factory)
        {
            var content = factory.Services.GetRequiredService<IContentService>();
            var directory = factory.Single("membersDirectory");
            for (var i = 0; i < 30; i++)
            {
                // Accented and mixed-case names check that both paths order by the same folded key.
                var name = (i % 3 == 0 ? "Éco-" : i % 3 == 1 ? "eco " : "Zea ") + i.ToString("D2", CultureInfo.InvariantCulture);
                var item = new ContentItem { ContentTypeAlias = "member", ParentKey = directory.Key, SortOrder = 100 + i };
                item.InvariantValues["organisationName"] = JsonSerializer.SerializeToElement(name);
                item.InvariantValues["kind"] = JsonSerializer.SerializeToElement(new[] { i % 2 == 0 ? Kind : "researchLab" });
                item.InvariantValues["department"] = JsonSerializer.SerializeToElement(new[] { Department });
                item.InvariantValues["isExample"] = JsonSerializer.SerializeToElement(true);
                foreach (var culture in new[] { "fr-FR", "en-US" })
                {
                    item.Cultures[culture] = new ContentCultureVariation
                    {
                        Culture = culture,
                        Name = name,
                    };
                }

                var saved = await content.SaveAsync(item);
                Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => e.Code + " " + e.Property)));
                var published = await content.PublishAsync(saved.Value!.Key, ["fr-FR", "en-US"]);
                Assert.True(published.Success, string.Join("; ", published.Errors.Select(e => e.Code + " " + e.Property)));
            }
        }
    }

    private static async Task<List<string>> NamesAsync(AgriPoleApplicationFactory factory, string culture, string query)
    {
        var url = factory.UrlOf(factory.Single("membersDirectory", culture), culture)!;
        var doc = await factory.CreateSiteClient().GetDocumentAsync(url + query);
        return [.. doc.QuerySelectorAll(".member-card .member-name").Select(e => e.TextContent.Trim())];
    }

    [Fact]
    public async Task Get_LargeDirectory_PagesOf24WithCurrentPageMarkedAndPlainLinks()
    {
        var culture = "fr-FR";
        var directory = _apps.Indexed.Single("membersDirectory", culture);
        var url = _apps.Indexed.UrlOf(directory, culture)!;
        var total = _apps.Indexed.Snapshot().GetChildren(directory.Key).Count(m => m.IsPublishedIn(culture));
        var client = _apps.Indexed.CreateSiteClient();

        var first = await client.GetDocumentAsync(url);
        var second = await client.GetDocumentAsync(url + "?page=2");

        Assert.True(total > MemberDirectoryViewModel.PageSize);
        Assert.Equal(MemberDirectoryViewModel.PageSize, first.QuerySelectorAll(".member-card").Length);
        Assert.Equal(total - MemberDirectoryViewModel.PageSize, second.QuerySelectorAll(".member-card").Length);
        Assert.Equal("1", first.QuerySelector("nav.pagination a[aria-current=page]")?.TextContent.Trim());
        Assert.Equal("2", second.QuerySelector("nav.pagination a[aria-current=page]")?.TextContent.Trim());
        Assert.Equal(url + "?page=2", first.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(url, second.QuerySelector("nav.pagination a[rel=prev]")?.GetAttribute("href"));
        var names = first.QuerySelectorAll(".member-name").Concat(second.QuerySelectorAll(".member-name")).Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(total, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Get_FilteredDirectoryPage_LinksKeepTheFilters()
    {
        var url = _apps.Indexed.UrlOf(_apps.Indexed.Single("membersDirectory"), "fr-FR")!;

        var doc = await _apps.Indexed.CreateSiteClient().GetDocumentAsync(url + "?department=" + Uri.EscapeDataString(Department));

        Assert.Equal(url + "?department=" + Uri.EscapeDataString(Department) + "&page=2", doc.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void FilterMembers_IndexedApp_AnswersFromTheIndexWithEveryMember()
    {
        var directory = _apps.Indexed.Single("membersDirectory");
        var total = _apps.Indexed.Snapshot().GetChildren(directory.Key).Count(m => m.IsPublishedIn("fr-FR"));

        var results = _apps.Indexed.Services.GetRequiredService<ISearchService>().FilterMembers(new MemberFilter("fr-FR"));
        // Publishing opens the never-built index and adds the new members only: the directory must not trust it.
        var building = _apps.Building.Services.GetRequiredService<ISearchService>().FilterMembers(new MemberFilter("fr-FR"));

        Assert.True(results.IndexReady);
        Assert.Equal(total, results.Total);
        Assert.True(building.Total < total);
        Assert.False(_apps.Building.Services.GetRequiredService<IndexStartupService>().Ready.IsCompleted);
    }

    [Theory]
    [InlineData("fr-FR", "")]
    [InlineData("fr-FR", "?page=2")]
    [InlineData("en-US", "")]
    [InlineData("fr-FR", "?kind=company")]
    [InlineData("fr-FR", "?department=31%20-%20Haute-Garonne")]
    [InlineData("fr-FR", "?department=31%20-%20Haute-Garonne&page=2")]
    [InlineData("en-US", "?kind=company&department=31%20-%20Haute-Garonne")]
    [InlineData("fr-FR", "?kind=nothing")]
    [InlineData("fr-FR", "?page=99")]
    [InlineData("fr-FR", "?page=-1")]
    public async Task Get_Directory_IndexAndSnapshotGiveTheSamePage(string culture, string query)
    {
        var fromIndex = await NamesAsync(_apps.Indexed, culture, query);
        var fromSnapshot = await NamesAsync(_apps.Building, culture, query);

        Assert.Equal(fromSnapshot, fromIndex);
    }
}
