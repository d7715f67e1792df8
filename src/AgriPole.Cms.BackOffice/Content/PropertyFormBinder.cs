using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Turns the editor's form fields into stored values (the JSON shapes of <see cref="PropertyEditorAliases"/>) on a
/// copy of the draft. Field names: "name.{culture}", "v.{culture}.{alias}" for culture-varying values,
/// "i.{alias}" for invariant ones (sub-fields add ".{part}"). Rich text is sanitised here, before the engine sees it.
/// </summary>
public sealed class PropertyFormBinder(RichTextSanitizer sanitizer, ICmsDefinitions definitions)
{
    public static string Field(PropertyType property, string? culture) =>
        culture is null ? $"i.{property.Alias}" : $"v.{culture}.{property.Alias}";

    /// <summary>Applies the form to <paramref name="item"/> (in place); returns errors for values that could not be read.</summary>
    public List<ValidationError> Apply(ContentItem item, ContentType type, IFormCollection form)
    {
        var errors = new List<ValidationError>();
        foreach (var language in definitions.Languages)
        {
            var culture = language.IsoCode;
            var name = form[$"name.{culture}"].ToString().Trim();
            if (!item.Cultures.TryGetValue(culture, out var variation))
            {
                if (name.Length == 0)
                {
                    // A culture nobody has written yet stays absent (the engine requires a name per culture).
                    continue;
                }

                variation = new ContentCultureVariation { Culture = culture, Name = name };
                item.Cultures[culture] = variation;
            }

            variation.Name = name;
            foreach (var property in type.Properties.Where(p => p.VariesByCulture))
            {
                Bind(property, culture, form, variation.Values, errors);
            }
        }

        foreach (var property in type.Properties.Where(p => !p.VariesByCulture))
        {
            Bind(property, null, form, item.InvariantValues, errors);
        }

        return errors;
    }

    private void Bind(PropertyType property, string? culture, IFormCollection form, Dictionary<string, JsonElement> values, List<ValidationError> errors)
    {
        var field = Field(property, culture);

        // Only fields the page rendered are bound: a missing field never wipes a value (over-posting the other way is harmless).
        if (!form.ContainsKey(field) && !form.ContainsKey(field + ".present"))
        {
            return;
        }

        var raw = form[field];
        var text = raw.ToString();
        JsonNode? node;
        switch (property.DataType.EditorAlias)
        {
            case PropertyEditorAliases.RichText:
                node = Str(sanitizer.Sanitize(text, property.DataType));
                break;
            case PropertyEditorAliases.TrueFalse:
                node = JsonValue.Create(raw.Any(v => v == "true"));
                break;
            case PropertyEditorAliases.Integer:
                if (text.Trim().Length == 0)
                {
                    node = null;
                }
                else if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
                {
                    node = JsonValue.Create(i);
                }
                else
                {
                    errors.Add(Error(property, culture, "integer", "Saisissez un nombre entier.", "Enter a whole number."));
                    return;
                }

                break;
            case PropertyEditorAliases.Decimal:
                if (text.Trim().Length == 0)
                {
                    node = null;
                }
                else if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                {
                    node = JsonValue.Create(d);
                }
                else
                {
                    errors.Add(Error(property, culture, "decimal", "Saisissez un nombre.", "Enter a number."));
                    return;
                }

                break;
            case PropertyEditorAliases.DateTime:
                if (text.Trim().Length == 0)
                {
                    node = null;
                }
                else if (DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
                {
                    node = Str(dt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                }
                else
                {
                    errors.Add(Error(property, culture, "date", "Saisissez une date valide.", "Enter a valid date."));
                    return;
                }

                break;
            case PropertyEditorAliases.Tags:
                node = new JsonArray(text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => t.Length > 50 ? t[..50] : t)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(t => (JsonNode?)JsonValue.Create(t))
                    .ToArray());
                break;
            case PropertyEditorAliases.DropDownFlexible:
                var allowed = DropDownItems(property.DataType).Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
                var chosen = raw.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
                if (chosen.Any(v => !allowed.Contains(v)))
                {
                    errors.Add(Error(property, culture, "dropdown", "Choisissez une valeur de la liste.", "Choose a value from the list."));
                    return;
                }

                node = new JsonArray(chosen.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
                break;
            case PropertyEditorAliases.ContentPicker:
                if (text.Trim().Length == 0)
                {
                    node = null;
                }
                else if (Guid.TryParse(text.Trim(), out var key))
                {
                    node = Str(key.ToString());
                }
                else
                {
                    errors.Add(Error(property, culture, "contentPicker", "Choisissez une page.", "Choose a page."));
                    return;
                }

                break;
            case PropertyEditorAliases.MediaPicker3:
                if (text.Trim().Length == 0)
                {
                    node = new JsonArray();
                }
                else if (Guid.TryParse(text.Trim(), out var mediaKey))
                {
                    var existing = values.TryGetValue(property.Alias, out var old) ? FirstMediaEntry(old, mediaKey) : null;
                    node = new JsonArray(existing ?? new JsonObject
                    {
                        ["key"] = Guid.NewGuid().ToString(),
                        ["mediaKey"] = mediaKey.ToString(),
                        ["focalPoint"] = null,
                        ["crops"] = new JsonArray(),
                    });
                }
                else
                {
                    errors.Add(Error(property, culture, "mediaPicker", "Choisissez un média.", "Choose a media item."));
                    return;
                }

                break;
            case PropertyEditorAliases.MultiUrlPicker:
                node = BindLinks(form, field);
                break;
            case PropertyEditorAliases.BlockList:
                if (text.Trim().Length == 0)
                {
                    node = new JsonArray();
                    break;
                }

                try
                {
                    node = SanitizeBlocks(JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }), property.DataType);
                    if (node is null)
                    {
                        errors.Add(Error(property, culture, "blockList", "Liste de blocs invalide.", "Invalid block list."));
                        return;
                    }
                }
                catch (JsonException)
                {
                    errors.Add(Error(property, culture, "blockList", "JSON invalide pour la liste de blocs.", "Invalid JSON for the block list."));
                    return;
                }

                break;
            default:
                node = text.Length == 0 ? null : Str(text);
                break;
        }

        if (node is null)
        {
            values.Remove(property.Alias);
        }
        else
        {
            values[property.Alias] = JsonSerializer.SerializeToElement(node);
        }
    }

    public static IReadOnlyList<(string Value, LocalizedText Label)> DropDownItems(DataType dataType)
    {
        var list = new List<(string, LocalizedText)>();
        if (dataType.Configuration.ValueKind == JsonValueKind.Object && dataType.Configuration.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                var value = item.TryGetProperty("value", out var v) ? v.GetString() : null;
                if (value is null)
                {
                    continue;
                }

                var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (item.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in l.EnumerateObject())
                    {
                        labels[p.Name] = p.Value.GetString() ?? value;
                    }
                }

                list.Add((value, labels.Count == 0 ? new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = value }) : new LocalizedText(labels)));
            }
        }

        return list;
    }

    public static bool IsMultiple(DataType dataType) =>
        dataType.Configuration.ValueKind == JsonValueKind.Object && dataType.Configuration.TryGetProperty("multiple", out var m) && m.ValueKind == JsonValueKind.True;

    /// <summary>Rows "{field}.{n}.name/url/content/target"; a row with neither URL nor page is dropped.</summary>
    private static JsonArray BindLinks(IFormCollection form, string field)
    {
        var links = new JsonArray();
        for (var n = 0; n < 10; n++)
        {
            var url = form[$"{field}.{n}.url"].ToString().Trim();
            var content = form[$"{field}.{n}.content"].ToString().Trim();
            var name = form[$"{field}.{n}.name"].ToString().Trim();
            var contentKey = Guid.TryParse(content, out var ck) ? ck : (Guid?)null;
            if (url.Length == 0 && contentKey is null)
            {
                continue;
            }

            // Only safe schemes or site-relative URLs are kept; anything else (javascript:, data:) is dropped.
            if (url.Length > 0 && !IsSafeLink(url))
            {
                continue;
            }

            links.Add(new JsonObject
            {
                ["name"] = name,
                ["target"] = form[$"{field}.{n}.target"] == "_blank" ? "_blank" : null,
                ["url"] = contentKey is null ? url : null,
                ["queryString"] = null,
                ["contentKey"] = contentKey?.ToString(),
                ["mediaKey"] = null,
            });
        }

        return links;
    }

    public static bool IsSafeLink(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
        || url.StartsWith('#')
        || (Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" or "mailto" or "tel");

    private static JsonObject? FirstMediaEntry(JsonElement old, Guid mediaKey)
    {
        if (old.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var e in old.EnumerateArray())
        {
            if (e.TryGetProperty("mediaKey", out var mk) && Guid.TryParse(mk.GetString(), out var g) && g == mediaKey)
            {
                return JsonNode.Parse(e.GetRawText()) as JsonObject;
            }
        }

        return null;
    }

    /// <summary>Checks the block shape and element types, and sanitises rich text inside blocks; null when the shape is wrong.</summary>
    private JsonArray? SanitizeBlocks(JsonNode? node, DataType dataType)
    {
        if (node is not JsonArray blocks)
        {
            return null;
        }

        var allowedTypes = AllowedBlockTypes(dataType);
        foreach (var b in blocks)
        {
            if (b is not JsonObject block || block["contentType"]?.GetValue<string>() is not { } alias
                || (allowedTypes.Count > 0 && !allowedTypes.Contains(alias))
                || definitions.GetContentType(alias) is not { IsElement: true } elementType)
            {
                return null;
            }

            if (block["key"] is null || !Guid.TryParse(block["key"]!.ToString(), out _))
            {
                block["key"] = Guid.NewGuid().ToString();
            }

            if (block["values"] is not JsonObject values)
            {
                values = new JsonObject();
                block["values"] = values;
            }

            foreach (var p in elementType.Properties.Where(p => p.DataType.EditorAlias == PropertyEditorAliases.RichText))
            {
                if (values[p.Alias] is JsonValue v && v.TryGetValue<string>(out var html))
                {
                    values[p.Alias] = sanitizer.Sanitize(html, p.DataType);
                }
            }

            foreach (var p in elementType.Properties.Where(p => p.DataType.EditorAlias == PropertyEditorAliases.MultiUrlPicker))
            {
                if (values[p.Alias] is JsonArray links)
                {
                    foreach (var link in links.OfType<JsonObject>().ToList())
                    {
                        if (link["url"] is JsonValue u && u.TryGetValue<string>(out var url) && url.Length > 0 && !IsSafeLink(url))
                        {
                            links.Remove(link);
                        }
                    }
                }
            }
        }

        return blocks;
    }

    public static HashSet<string> AllowedBlockTypes(DataType dataType)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var c = dataType.Configuration;
        if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Array)
        {
            foreach (var b in blocks.EnumerateArray())
            {
                if (b.TryGetProperty("contentElementTypeAlias", out var a) && a.GetString() is { } alias)
                {
                    set.Add(alias);
                }
                else if (b.TryGetProperty("contentType", out var ct) && ct.GetString() is { } alias2)
                {
                    set.Add(alias2);
                }
            }
        }

        return set;
    }

    private static JsonValue Str(string s) => JsonValue.Create(s);

    private static ValidationError Error(PropertyType property, string? culture, string code, string fr, string en) =>
        new(property.Alias, culture, code, new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = fr, ["en-US"] = en }));
}
