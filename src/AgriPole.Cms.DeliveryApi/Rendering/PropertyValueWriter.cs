using System.Globalization;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.DeliveryApi.Routing;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>
/// The Delivery API value of each property editor (Umbraco's value converters): the stored JSON shape documented on
/// <see cref="PropertyEditorAliases"/> in, the wire shape of the spec (§7) out. An empty value is written as null.
/// Every referenced item goes through the same visibility rules as a top-level one, so nothing leaks through a picker.
/// </summary>
public static class PropertyValueWriter
{
    public static void Write(Utf8JsonWriter writer, DeliveryApiContext context, PropertyType property, JsonElement? stored, PropertySpec? expand, PropertySpec? fields)
    {
        if (stored is not { } value || IsEmpty(value))
        {
            writer.WriteNullValue();
            return;
        }

        var expanded = expand is not null && expand.Includes(property.Alias);
        var nextExpand = expanded ? expand!.Child(property.Alias) : null;
        var nextFields = fields?.Child(property.Alias);
        switch (property.DataType.EditorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
            case PropertyEditorAliases.EmailAddress:
            case PropertyEditorAliases.FormPicker:
            case PropertyEditorAliases.DateTime:
                WriteString(writer, value);
                break;
            case PropertyEditorAliases.Integer:
            case PropertyEditorAliases.Decimal:
                WriteNumber(writer, value, property.DataType.EditorAlias == PropertyEditorAliases.Integer);
                break;
            case PropertyEditorAliases.TrueFalse:
                WriteBoolean(writer, value);
                break;
            case PropertyEditorAliases.Tags:
                WriteStringArray(writer, value);
                break;
            case PropertyEditorAliases.DropDownFlexible:
                WriteDropDown(writer, property.DataType, value);
                break;
            case PropertyEditorAliases.ContentPicker:
                WriteContentPicker(writer, context, value, expanded, nextExpand, nextFields);
                break;
            case PropertyEditorAliases.MultiUrlPicker:
                LinkWriter.WriteLinks(writer, context, value);
                break;
            case PropertyEditorAliases.MediaPicker3:
                MediaJsonWriter.WritePickedMedia(writer, context, property.DataType, value, expanded, nextFields);
                break;
            case PropertyEditorAliases.RichText:
                RichTextWriter.Write(writer, context, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                break;
            case PropertyEditorAliases.BlockList:
                WriteBlockList(writer, context, value, nextExpand, nextFields);
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static bool IsEmpty(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    private static void WriteString(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            writer.WriteStringValue(value.GetString());
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonElement value, bool integer)
    {
        decimal number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out number))
        {
        }
        else if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number))
        {
        }
        else
        {
            writer.WriteNullValue();
            return;
        }

        if (integer)
        {
            writer.WriteNumberValue((long)decimal.Truncate(Math.Clamp(number, long.MinValue, long.MaxValue)));
        }
        else
        {
            writer.WriteNumberValue(number);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                writer.WriteBooleanValue(value.GetBoolean());
                break;
            case JsonValueKind.String:
                var s = value.GetString();
                writer.WriteBooleanValue(s is "1" || string.Equals(s, "true", StringComparison.OrdinalIgnoreCase));
                break;
            case JsonValueKind.Number:
                writer.WriteBooleanValue(value.TryGetInt32(out var i) && i != 0);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteStringArray(Utf8JsonWriter writer, JsonElement value)
    {
        writer.WriteStartArray();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    writer.WriteStringValue(item.GetString());
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            writer.WriteStringValue(value.GetString());
        }

        writer.WriteEndArray();
    }

    // Umbraco: a single-choice dropdown gives a string, a multiple one an array.
    private static void WriteDropDown(Utf8JsonWriter writer, DataType dataType, JsonElement value)
    {
        var multiple = dataType.Configuration.ValueKind == JsonValueKind.Object
            && dataType.Configuration.TryGetProperty("multiple", out var m) && m.ValueKind == JsonValueKind.True;
        if (multiple)
        {
            WriteStringArray(writer, value);
            return;
        }

        var first = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().FirstOrDefault(e => e.ValueKind == JsonValueKind.String)
            : value;
        if (first.ValueKind == JsonValueKind.String)
        {
            writer.WriteStringValue(first.GetString());
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteContentPicker(Utf8JsonWriter writer, DeliveryApiContext context, JsonElement value, bool expanded, PropertySpec? expand, PropertySpec? fields)
    {
        var picked = value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var key)
            ? ContentRouting.GetAvailable(context, key)
            : null;
        if (picked is null)
        {
            writer.WriteNullValue();
            return;
        }

        ContentJsonWriter.WriteContent(writer, context, picked, expanded, expand, fields);
    }

    private static void WriteBlockList(Utf8JsonWriter writer, DeliveryApiContext context, JsonElement value, PropertySpec? expand, PropertySpec? fields)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("items"u8);
        writer.WriteStartArray();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var block in value.EnumerateArray())
            {
                if (block.ValueKind != JsonValueKind.Object
                    || !block.TryGetProperty("contentType", out var alias) || alias.ValueKind != JsonValueKind.String
                    || context.ContentTypes(alias.GetString()!) is null)
                {
                    continue;
                }

                var key = block.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String && Guid.TryParse(k.GetString(), out var g) ? g : Guid.Empty;
                writer.WriteStartObject();
                writer.WritePropertyName("content"u8);
                ContentJsonWriter.WriteElement(writer, context, alias.GetString()!, key, block.TryGetProperty("values", out var values) ? values : default, expand, fields);
                writer.WritePropertyName("settings"u8);
                if (block.TryGetProperty("settings", out var settings) && settings.ValueKind == JsonValueKind.Object
                    && block.TryGetProperty("settingsType", out var settingsType) && settingsType.ValueKind == JsonValueKind.String)
                {
                    var settingsKey = block.TryGetProperty("settingsKey", out var sk) && sk.ValueKind == JsonValueKind.String && Guid.TryParse(sk.GetString(), out var sg) ? sg : Guid.Empty;
                    ContentJsonWriter.WriteElement(writer, context, settingsType.GetString()!, settingsKey, settings, expand, fields);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
