using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Pickers;

/// <summary>Generates pages through the app's own <see cref="IContentService"/> (drafts, both cultures), for tests that need a wide site.</summary>
internal static class SiteBuilder
{
    public static async Task<Guid> PageAsync(IServiceProvider services, Guid? parent, string frName, string? enName = null)
    {
        var item = new ContentItem { ContentTypeAlias = "contentPage", ParentKey = parent };
        item.Cultures["fr-FR"] = Variation("fr-FR", frName);
        item.Cultures["en-US"] = Variation("en-US", enName ?? frName + " (en)");
        var result = await services.GetRequiredService<IContentService>().SaveAsync(item, "tests@example.org");
        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Message.Get("en-US"))));
        return result.Value!.Key;
    }

    public static async Task<List<Guid>> ChildrenAsync(IServiceProvider services, Guid parent, int count, string prefix)
    {
        var keys = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            keys.Add(await PageAsync(services, parent, $"{prefix} {i:D3}"));
        }

        return keys;
    }

    private static ContentCultureVariation Variation(string culture, string name) => new()
    {
        Culture = culture,
        Name = name,
        Values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase) { ["title"] = JsonSerializer.SerializeToElement(name) },
    };
}
