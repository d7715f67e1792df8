using System.Net;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>Publishing changes through the real content service: drafts never leak, caches follow the snapshot.</summary>
public class ContentChangesTests(DeliveryApiAppFactory factory) : IClassFixture<DeliveryApiAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private IContentService Content => factory.Services.GetRequiredService<IContentService>();

    private async Task<ContentItem> SaveDraftAsync(string name)
    {
        var item = new ContentItem { ContentTypeAlias = "contentPage", ParentKey = SeedKeys.Home, SortOrder = 99 };
        item.Cultures["fr-FR"] = new ContentCultureVariation
        {
            Culture = "fr-FR",
            Name = name,
            Values = { ["title"] = JsonSerializer.SerializeToElement(name) },
        };
        var saved = await Content.SaveAsync(item);
        Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => e.Code + " " + e.Property)));
        return saved.Value!;
    }

    [Fact]
    public async Task Draft_IsInvisibleWithoutPreviewAndRoutedAsPreviewWithKey()
    {
        var draft = await SaveDraftAsync("Brouillon confidentiel");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Base}/content/item/{draft.Key}")).StatusCode);
        var items = await (await _client.GetAsync($"{Base}/content/items?id={draft.Key}")).JsonAsync();
        Assert.Equal(0, items.GetArrayLength());
        var query = await (await _client.GetAsync($"{Base}/content?take=1000&filter=name:confidentiel")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(draft.Key.ToString(), query, StringComparison.Ordinal);
        Assert.Contains("\"total\":0", query, StringComparison.Ordinal);

        var preview = await _client.GetWithHeadersAsync($"{Base}/content/item/{draft.Key}", ("Preview", "true"), ("Api-Key", DeliveryApiAppFactory.ApiKey));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var json = await preview.JsonAsync();
        Assert.Equal($"/preview-{draft.Key}/", json.GetProperty("route").GetProperty("path").GetString());
        var byPreviewPath = await _client.GetWithHeadersAsync($"{Base}/content/item/preview-{draft.Key}", ("Preview", "true"), ("Api-Key", DeliveryApiAppFactory.ApiKey));
        Assert.Equal(draft.Key, (await byPreviewPath.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Publish_AppearsAtOnceDespiteOutputCache()
    {
        var draft = await SaveDraftAsync("Nouvelle page publiée");
        var before = await (await _client.GetAsync($"{Base}/content?fetch=children:/&take=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(draft.Key.ToString(), before, StringComparison.Ordinal);

        var published = await Content.PublishAsync(draft.Key, ["fr-FR"]);
        Assert.True(published.Success);

        var after = await (await _client.GetAsync($"{Base}/content?fetch=children:/&take=100")).Content.ReadAsStringAsync();
        Assert.Contains(draft.Key.ToString(), after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{Base}/content/item/{draft.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetWithHeadersAsync($"{Base}/content/item/{draft.Key}", ("Accept-Language", "en-US"))).StatusCode);
    }

    [Fact]
    public async Task UnpublishedCulture_DisappearsFromItemCulturesAndQueries()
    {
        var legal = Guid.Parse("2354afd2-720a-4c4b-bbb3-98cf67f781a8");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetWithHeadersAsync($"{Base}/content/item/{legal}", ("Accept-Language", "en-US"))).StatusCode);

        var result = await Content.UnpublishAsync(legal, ["en-US"]);
        Assert.True(result.Success);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetWithHeadersAsync($"{Base}/content/item/{legal}", ("Accept-Language", "en-US"))).StatusCode);
        var fr = await (await _client.GetAsync($"{Base}/content/item/{legal}")).JsonAsync();
        Assert.Equal(["fr-FR"], fr.GetProperty("cultures").EnumerateObject().Select(c => c.Name));
        var en = await (await _client.GetWithHeadersAsync($"{Base}/content?fetch=children:/&take=100", ("Accept-Language", "en-US"))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(legal.ToString(), en, StringComparison.Ordinal);
    }
}
