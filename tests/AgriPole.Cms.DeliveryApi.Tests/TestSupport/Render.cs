using System.Text;
using System.Text.Json;
using AgriPole.Cms.DeliveryApi.Rendering;

namespace AgriPole.Cms.DeliveryApi.Tests.TestSupport;

public static class Render
{
    public static string Text(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(JsonRenderer.RenderBytes(write));

    public static JsonElement Json(Action<Utf8JsonWriter> write) => JsonDocument.Parse(JsonRenderer.RenderBytes(write)).RootElement.Clone();

    public static JsonElement Item(DeliveryApiContext context, Guid key, string? expand = null, string? fields = null)
    {
        var content = context.Snapshot.GetById(key)!;
        return Json(w => ContentJsonWriter.WriteContentResponse(w, context, content, Spec(expand), Spec(fields)));
    }

    public static PropertySpec? Spec(string? value)
    {
        if (value is null)
        {
            return null;
        }

        Assert.True(PropertySpecParser.TryParse(value, out var spec), value);
        return spec;
    }
}
