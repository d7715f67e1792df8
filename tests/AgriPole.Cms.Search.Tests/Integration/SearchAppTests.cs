using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;
using AgriPole.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Search.Tests.Integration;

/// <summary>The real app (SQLite file, seed content, engine, index on disk under the factory's temp data folder).</summary>
public sealed class SearchAppTests : IClassFixture<SearchAppTests.App>
{
    private readonly App _app;

    public SearchAppTests(App app) => _app = app;

    private ISearchService Search => _app.Factory.Services.GetRequiredService<ISearchService>();

    [Theory]
    [InlineData("fr-FR", "adherer", "/pourquoi-adherer/")]
    [InlineData("fr-FR", "pourquoi adhérer", "/pourquoi-adherer/")]
    [InlineData("fr-FR", "competitivite politique", "/politique-des-poles/")]
    [InlineData("fr-FR", "poles competitivite", "/politique-des-poles/")]
    [InlineData("en-US", "competitiveness policy", "/en/cluster-policy/")]
    [InlineData("en-US", "why join", "/en/why-join/")]
    public async Task Search_SeedContent_ExpectedFirstHit(string culture, string query, string url)
    {
        await _app.ReadyAsync();

        var results = Search.Search(new SearchRequest(query, culture));

        Assert.Equal(url, results.Hits[0].Url);
    }

    [Fact]
    public async Task Index_AfterStart_InDataFolderWithEveryPublishedPage()
    {
        await _app.ReadyAsync();
        var index = _app.Factory.Services.GetRequiredService<IIndex>();

        Assert.Equal(Path.Combine(_app.Factory.DataFolder, "Index", "External"), index.Folder);
        Assert.True(index.DocumentCount > 20);
    }

    [Fact]
    public async Task Publish_Unpublish_Trash_ReflectedInSearchAtOnce()
    {
        await _app.ReadyAsync();
        var content = _app.Factory.Services.GetRequiredService<IContentService>();
        var snapshots = _app.Factory.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        var home = snapshots.Current.Roots[0];
        var item = new ContentItem { ContentTypeAlias = "contentPage", ParentKey = home.Key };
        item.Cultures["fr-FR"] = new ContentCultureVariation
        {
            Culture = "fr-FR",
            Name = "Biocontrôle des vergers",
            Values = new(StringComparer.OrdinalIgnoreCase)
            {
                ["title"] = JsonSerializer.SerializeToElement("Biocontrôle des vergers"),
                ["summary"] = JsonSerializer.SerializeToElement("Des auxiliaires zoophages contre les ravageurs."),
            },
        };
        var saved = await content.SaveAsync(item);
        Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => $"{e.Property}: {e.Code}")));

        // A draft is never searchable.
        Assert.Equal(0, Search.Search(new SearchRequest("zoophages", "fr-FR")).Total);

        var published = await content.PublishAsync(item.Key, ["fr-FR"]);
        Assert.True(published.Success, string.Join("; ", published.Errors.Select(e => $"{e.Property}: {e.Code}")));
        var hit = Assert.Single(Search.Search(new SearchRequest("zoophages", "fr-FR")).Hits);
        Assert.Equal(item.Key, hit.Key);
        Assert.Contains("<mark>zoophages</mark>", hit.SnippetHtml, StringComparison.Ordinal);

        await content.UnpublishAsync(item.Key, ["fr-FR"]);
        Assert.Equal(0, Search.Search(new SearchRequest("zoophages", "fr-FR")).Total);

        await content.PublishAsync(item.Key, ["fr-FR"]);
        Assert.Equal(1, Search.Search(new SearchRequest("biocontrole", "fr-FR")).Total);

        await content.TrashAsync(item.Key);
        Assert.Equal(0, Search.Search(new SearchRequest("biocontrole", "fr-FR")).Total);
    }

    [Fact]
    public async Task SearchPage_CachedResults_FollowPublishAndUnpublish()
    {
        await _app.ReadyAsync();
        using var client = _app.Factory.CreateClient();
        var content = _app.Factory.Services.GetRequiredService<IContentService>();
        var home = _app.Factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.Roots[0];
        const string Url = "/recherche/?q=pollinisateurs";

        // Asked twice before the page exists: the second answer comes from the output cache.
        Assert.DoesNotContain("Refuges à pollinisateurs", await client.GetStringAsync(new Uri(Url, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("Refuges à pollinisateurs", await client.GetStringAsync(new Uri(Url, UriKind.Relative)), StringComparison.Ordinal);

        var item = new ContentItem { ContentTypeAlias = "contentPage", ParentKey = home.Key };
        item.Cultures["fr-FR"] = new ContentCultureVariation
        {
            Culture = "fr-FR",
            Name = "Refuges à pollinisateurs",
            Values = new(StringComparer.OrdinalIgnoreCase) { ["title"] = JsonSerializer.SerializeToElement("Refuges à pollinisateurs") },
        };
        Assert.True((await content.SaveAsync(item)).Success);
        Assert.True((await content.PublishAsync(item.Key, ["fr-FR"])).Success);
        Assert.Contains("Refuges à pollinisateurs", await client.GetStringAsync(new Uri(Url, UriKind.Relative)), StringComparison.Ordinal);

        await content.UnpublishAsync(item.Key, ["fr-FR"]);
        Assert.DoesNotContain("Refuges à pollinisateurs", await client.GetStringAsync(new Uri(Url, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterMembers_SeedMembers_ByKind()
    {
        await _app.ReadyAsync();

        var all = Search.FilterMembers(new MemberFilter("fr-FR", PageSize: 50));
        var labs = Search.FilterMembers(new MemberFilter("fr-FR", Kind: "researchLab"));

        Assert.Equal(8, all.Total);
        Assert.NotEmpty(labs.Hits);
        Assert.True(labs.Total < all.Total);
    }

    public sealed class App : IDisposable
    {
        public AgriPoleApplicationFactory Factory { get; } = new();

        public Task ReadyAsync() => Factory.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));

        public void Dispose() => Factory.Dispose();
    }
}
