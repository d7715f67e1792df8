using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Routing;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>
/// Writes content the way Umbraco's Delivery API does (property order contentType, name, createDate, updateDate,
/// route, id, properties, cultures; camelCase; nulls written) straight to a <see cref="Utf8JsonWriter"/>.
/// </summary>
public static class ContentJsonWriter
{
    /// <summary>A top-level content response (IApiContentResponse): the item plus its routes per published culture.</summary>
    public static void WriteContentResponse(Utf8JsonWriter writer, DeliveryApiContext context, PublishedContent content, PropertySpec? expand, PropertySpec? fields)
    {
        writer.WriteStartObject();
        WriteContentBody(writer, context, content, expand, fields, renderProperties: true);
        writer.WritePropertyName("cultures"u8);
        writer.WriteStartObject();
        if (content.ContentType.VariesByCulture)
        {
            foreach (var language in context.Languages)
            {
                if (!content.Cultures.TryGetValue(language.IsoCode, out var variant))
                {
                    continue;
                }

                var route = ContentRouting.GetRoute(context, content, variant.Culture);
                if (route is not null)
                {
                    writer.WritePropertyName(language.IsoCode);
                    WriteRoute(writer, route);
                }
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Picked or linked content (IApiContent): no cultures; properties only when expanded.</summary>
    public static void WriteContent(Utf8JsonWriter writer, DeliveryApiContext context, PublishedContent content, bool expanded, PropertySpec? expand, PropertySpec? fields)
    {
        writer.WriteStartObject();
        WriteContentBody(writer, context, content, expand, fields, expanded);
        writer.WriteEndObject();
    }

    public static void WriteRoute(Utf8JsonWriter writer, ApiRoute route)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, route.Path);
        writer.WriteNull("queryString"u8);
        writer.WritePropertyName("startItem"u8);
        writer.WriteStartObject();
        writer.WriteString("id"u8, route.StartItemId);
        writer.WriteString("path"u8, route.StartItemPath);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A block element (IApiElement): contentType, id, properties (always rendered).</summary>
    public static void WriteElement(Utf8JsonWriter writer, DeliveryApiContext context, string contentTypeAlias, Guid key, JsonElement values, PropertySpec? expand, PropertySpec? fields)
    {
        writer.WriteStartObject();
        writer.WriteString("contentType"u8, contentTypeAlias);
        writer.WriteString("id"u8, key);
        writer.WritePropertyName("properties"u8);
        writer.WriteStartObject();
        var elementType = context.ContentTypes(contentTypeAlias);
        if (elementType is not null)
        {
            foreach (var property in elementType.Properties)
            {
                if (fields is not null && !fields.Includes(property.Alias))
                {
                    continue;
                }

                JsonElement? value = values.ValueKind == JsonValueKind.Object && TryGetPropertyIgnoreCase(values, property.Alias, out var v) ? v : null;
                writer.WritePropertyName(property.Alias);
                PropertyValueWriter.Write(writer, context, property, value, expand, fields);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteContentBody(Utf8JsonWriter writer, DeliveryApiContext context, PublishedContent content, PropertySpec? expand, PropertySpec? fields, bool renderProperties)
    {
        var variant = ContentRouting.GetVariant(context, content, context.Culture);
        writer.WriteString("contentType"u8, content.ContentType.Alias);
        writer.WriteString("name"u8, variant?.Name ?? string.Empty);
        writer.WriteString("createDate"u8, content.CreateDate);
        writer.WriteString("updateDate"u8, ContentDates.GetUpdateDate(context, content));
        writer.WritePropertyName("route"u8);
        var route = ContentRouting.GetRoute(context, content, context.Culture);
        if (route is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteRoute(writer, route);
        }

        writer.WriteString("id"u8, content.Key);
        writer.WritePropertyName("properties"u8);
        writer.WriteStartObject();
        if (renderProperties)
        {
            foreach (var property in content.ContentType.Properties)
            {
                if (fields is not null && !fields.Includes(property.Alias))
                {
                    continue;
                }

                writer.WritePropertyName(property.Alias);
                // Umbraco's ApiPropertyRenderer uses no language fallback: a missing value in the culture is null.
                var value = content.GetValue(property.Alias, variant?.Culture ?? context.Culture);
                PropertyValueWriter.Write(writer, context, property, value, expand, fields);
            }
        }

        writer.WriteEndObject();
    }

    internal static bool TryGetPropertyIgnoreCase(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }

        return false;
    }
}
