using System.Text.Json;
using AgriPole.Cms.DeliveryApi.Routing;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>Multi URL picker values as Umbraco's ApiLink array (always an array, single mode included).</summary>
public static class LinkWriter
{
    public static void WriteLinks(Utf8JsonWriter writer, DeliveryApiContext context, JsonElement value)
    {
        writer.WriteStartArray();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var link in value.EnumerateArray())
            {
                if (link.ValueKind == JsonValueKind.Object)
                {
                    WriteLink(writer, context, link);
                }
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteLink(Utf8JsonWriter writer, DeliveryApiContext context, JsonElement link)
    {
        var name = GetString(link, "name");
        var target = GetString(link, "target");
        var queryString = GetString(link, "queryString");
        if (GetGuid(link, "contentKey") is { } contentKey)
        {
            // A link to content that is not served here (draft, disallowed, not routable) is left out, never leaked.
            var content = ContentRouting.GetAvailable(context, contentKey);
            if (content is null)
            {
                return;
            }

            Write(writer, null, queryString, name ?? ContentRouting.GetVariant(context, content, context.Culture)?.Name, target,
                content.Key, content.ContentType.Alias, ContentRouting.GetRoute(context, content, context.Culture), "Content");
            return;
        }

        if (GetGuid(link, "mediaKey") is { } mediaKey)
        {
            var media = context.Snapshot.GetMedia(mediaKey);
            if (media is null || media.Trashed)
            {
                return;
            }

            Write(writer, (media.Url ?? string.Empty) + queryString, queryString, name ?? media.Name, target, media.Key, media.MediaTypeAlias, null, "Media");
            return;
        }

        var url = GetString(link, "url");
        if (url is null)
        {
            return;
        }

        Write(writer, url + queryString, queryString, name, target, null, null, null, "External");
    }

    private static void Write(Utf8JsonWriter writer, string? url, string? queryString, string? title, string? target, Guid? destinationId, string? destinationType, ApiRoute? route, string linkType)
    {
        writer.WriteStartObject();
        writer.WriteString("url"u8, url);
        writer.WriteString("queryString"u8, queryString);
        writer.WriteString("title"u8, title);
        writer.WriteString("target"u8, target);
        writer.WritePropertyName("destinationId"u8);
        if (destinationId is { } id)
        {
            writer.WriteStringValue(id);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("destinationType"u8, destinationType);
        writer.WritePropertyName("route"u8);
        if (route is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            ContentJsonWriter.WriteRoute(writer, route);
        }

        writer.WriteString("linkType"u8, linkType);
        writer.WriteEndObject();
    }

    private static string? GetString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0 ? v.GetString() : null;

    private static Guid? GetGuid(JsonElement obj, string name) =>
        GetString(obj, name) is { } s && Guid.TryParse(s, out var g) ? g : null;
}
