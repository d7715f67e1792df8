using System.Net;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using AgriPole.Cms.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Querying.Filters;

/// <summary>filter=search:… and sort=relevance:… through the real app, its seed content and its Lucene index on disk.</summary>
public class SearchFilterTests(DeliveryApiAppFactory factory) : IClassFixture<DeliveryApiAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> QueryAsync(string query, string culture)
    {
        await factory.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var response = await _client.GetWithHeadersAsync($"{Base}/content?{query}", ("Accept-Language", culture));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static List<Guid> Keys(JsonElement result) =>
        [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task Search_FrenchWordWithoutAccents_PolicyPageFirst()
    {
        var result = await QueryAsync("filter=search:competitivite&take=50", "fr-FR");

        var keys = Keys(result);
        Assert.Equal(SeedKeys.Policy, keys[0]);
        Assert.Equal(keys.Count, result.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Search_EnglishInflectedWord_FindsStemmedPage()
    {
        var result = await QueryAsync("filter=search:joined&take=50", "en-US");

        Assert.Contains(SeedKeys.WhyJoin, Keys(result));
    }

    [Fact]
    public async Task Search_UnknownWord_NothingFound()
    {
        var result = await QueryAsync("filter=search:zqxwvjkplm", "fr-FR");

        Assert.Equal(0, result.GetProperty("total").GetInt64());
        Assert.Empty(Keys(result));
    }

    [Fact]
    public async Task Search_DraftWithMatchingTitle_NeverListed()
    {
        var item = new ContentItem { ContentTypeAlias = "contentPage", ParentKey = SeedKeys.Home, SortOrder = 98 };
        item.Cultures["fr-FR"] = new ContentCultureVariation
        {
            Culture = "fr-FR",
            Name = "Brouillon xylophonique",
            Values = { ["title"] = JsonSerializer.SerializeToElement("Brouillon xylophonique compétitivité") },
        };
        var saved = await factory.Services.GetRequiredService<IContentService>().SaveAsync(item);
        Assert.True(saved.Success);

        var byOwnWord = await QueryAsync("filter=search:xylophonique", "fr-FR");
        var byCommonWord = await QueryAsync("filter=search:competitivite&take=100", "fr-FR");

        Assert.Equal(0, byOwnWord.GetProperty("total").GetInt64());
        Assert.DoesNotContain(saved.Value!.Key, Keys(byCommonWord));
    }

    [Fact]
    public async Task Search_CombinedWithFetchChildren_OnlyMatchingChildrenWithCorrectTotal()
    {
        var children = Keys(await QueryAsync($"fetch=children:{SeedKeys.NewsList}&take=100", "fr-FR"));
        var everywhere = Keys(await QueryAsync("filter=search:competitivite&take=100", "fr-FR"));
        var expected = everywhere.Where(children.Contains).ToList();

        var combined = await QueryAsync($"fetch=children:{SeedKeys.NewsList}&filter=search:competitivite&take=100", "fr-FR");
        var firstPage = await QueryAsync($"fetch=children:{SeedKeys.NewsList}&filter=search:competitivite&skip=1&take=1", "fr-FR");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Keys(combined));
        Assert.Equal(expected.Count, combined.GetProperty("total").GetInt64());
        Assert.Equal(expected.Count, firstPage.GetProperty("total").GetInt64());
        Assert.Equal(expected.Skip(1).Take(1), Keys(firstPage));
    }

    [Fact]
    public async Task Search_WithContentTypeFilterAndNameSort_AllOptionsApply()
    {
        var result = await QueryAsync("filter=search:competitivite&filter=contentType:newsItem&sort=name:asc&take=100", "fr-FR");

        var names = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(names);
        Assert.All(result.GetProperty("items").EnumerateArray(), i => Assert.Equal("newsItem", i.GetProperty("contentType").GetString()));
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task Sort_RelevanceAscending_ReversesDefaultOrder()
    {
        var byDefault = Keys(await QueryAsync("filter=search:competitivite&take=100", "fr-FR"));
        var descending = Keys(await QueryAsync("filter=search:competitivite&sort=relevance:desc&take=100", "fr-FR"));
        var ascending = Keys(await QueryAsync("filter=search:competitivite&sort=relevance:asc&take=100", "fr-FR"));

        Assert.Equal(byDefault, descending);
        Assert.Equal(SeedKeys.Policy, ascending[^1]);
    }

    [Theory]
    [InlineData("filter=search:")]
    [InlineData("filter=search:%22%20AND%20(title_fr-fr:*")]
    [InlineData("filter=search:%00%01%FF")]
    [InlineData("filter=search:<script>alert(1)</script>")]
    [InlineData("filter=search:~~~***???")]
    [InlineData("filter=search:competitivite&sort=relevance:sideways")]
    [InlineData("sort=relevance:desc")]
    public async Task Search_HostileInput_NeverServerError(string query)
    {
        await factory.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));

        var response = await _client.GetWithHeadersAsync($"{Base}/content?{query}", ("Accept-Language", "fr-FR"));

        Assert.True((int)response.StatusCode < 500, $"{query} → {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Search_VeryLongText_NeverServerError()
    {
        await factory.Services.GetRequiredService<IndexStartupService>().Ready.WaitAsync(TimeSpan.FromSeconds(60));

        var response = await _client.GetAsync($"{Base}/content?filter=search:{string.Concat(Enumerable.Repeat("comp%C3%A9titivit%C3%A9+", 400))}");

        Assert.True((int)response.StatusCode < 500);
    }
}
