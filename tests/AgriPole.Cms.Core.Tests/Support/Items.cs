using System.Text.Json;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Tests.Support;

/// <summary>Builds content items for tests.</summary>
public static class Items
{
    public static JsonElement Json(object? value) => JsonSerializer.SerializeToElement(value);

    /// <summary>A contentPage with a title per given culture (name = title).</summary>
    public static ContentItem Page(Guid? parent, params (string Culture, string Name)[] cultures)
    {
        var item = new ContentItem { Key = Guid.NewGuid(), ParentKey = parent, ContentTypeAlias = "contentPage" };
        foreach (var (culture, name) in cultures)
        {
            item.Cultures[culture] = new ContentCultureVariation
            {
                Culture = culture,
                Name = name,
                Values = new(StringComparer.OrdinalIgnoreCase) { ["title"] = Json(name) },
            };
        }

        return item;
    }
}
