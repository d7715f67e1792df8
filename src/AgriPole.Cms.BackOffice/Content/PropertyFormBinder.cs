using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Turns the editor's form fields into stored values (the JSON shapes of <see cref="PropertyEditorAliases"/>) on a
/// copy of the draft. Field names: "name.{culture}", "v.{culture}.{alias}" for culture-varying values,
/// "i.{alias}" for invariant ones (sub-fields add ".{part}"). Rich text is sanitised here, before the engine sees it.
/// A block list posts one "{field}.order" per block, in order, whose value is the block's key (32 hex digits), with
/// "{field}.b.{key}.type" (its element type) and each block property as "{field}.b.{key}.v.{alias}" (see
/// <see cref="BlockField"/>); the stored JSON is rebuilt from those fields (shape on <see cref="PropertyEditorAliases.BlockList"/>).
/// </summary>
public sealed class PropertyFormBinder(RichTextSanitizer sanitizer, ICmsDefinitions definitions)
{
    /// <summary>Blocks inside blocks stop here (a forged form cannot recurse for ever).</summary>
    private const int MaxBlockDepth = 3;

    /// <summary>Hard ceiling on blocks in one list when the data type sets no maximum.</summary>
    private const int MaxBlocks = 100;

    public static string Field(PropertyType property, string? culture) =>
        culture is null ? $"i.{property.Alias}" : $"v.{culture}.{property.Alias}";

    /// <summary>The field name of a property of one block of the block list posted as <paramref name="listField"/>.</summary>
    public static string BlockField(string listField, Guid blockKey, string alias) => $"{listField}.b.{blockKey:N}.v.{alias}";

    /// <summary>
    /// Applies the form to <paramref name="item"/> (in place); returns errors for values that could not be read, and
    /// (when <paramref name="validateBlocks"/>) for blocks whose properties break their element type's rules.
    /// </summary>
    public List<ValidationError> Apply(ContentItem item, ContentType type, IFormCollection form, bool validateBlocks = true)
    {
        var context = new BindContext(form, validateBlocks, 0);
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
                Bind(property, Field(property, culture), culture, context, variation.Values, errors);
            }
        }

        foreach (var property in type.Properties.Where(p => !p.VariesByCulture))
        {
            Bind(property, Field(property, null), null, context, item.InvariantValues, errors);
        }

        return errors;
    }

    private void Bind(PropertyType property, string field, string? culture, BindContext context, Dictionary<string, JsonElement> values, List<ValidationError> errors)
    {
        var form = context.Form;

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
                    errors.Add(Error(property, culture, "contentPicker", new EditorText("fr-FR").Format("picker.invalidKey", text.Trim()), new EditorText("en-US").Format("picker.invalidKey", text.Trim())));
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
                    errors.Add(Error(property, culture, "mediaPicker", new EditorText("fr-FR").Format("picker.invalidKey", text.Trim()), new EditorText("en-US").Format("picker.invalidKey", text.Trim())));
                    return;
                }

                break;
            case PropertyEditorAliases.MultiUrlPicker:
                node = BindLinks(form, field);
                break;
            case PropertyEditorAliases.BlockList:
                node = BindBlocks(property, field, culture, context, values.TryGetValue(property.Alias, out var oldBlocks) ? oldBlocks : null, errors);
                if (node is null)
                {
                    return;
                }

                break;
            case PropertyEditorAliases.FormPicker:
                node = text.Trim().Length == 0 ? null : Str(text.Trim());
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

    /// <summary>
    /// Rebuilds a block list from its posted blocks, in the posted order. A block keeps the values of its stored twin
    /// (same key and type) for fields the page did not post, and its settings. Null (with an error) when the post is
    /// not one the editor could have produced: unknown or disallowed element type, malformed or repeated key, too deep.
    /// </summary>
    private JsonArray? BindBlocks(PropertyType property, string field, string? culture, BindContext context, JsonElement? stored, List<ValidationError> errors)
    {
        var form = context.Form;
        var allowed = AllowedBlockTypes(property.DataType);
        var (min, max) = BlockLimits(property.DataType);
        var order = form[field + ".order"];
        if (context.Depth >= MaxBlockDepth || order.Count > MaxBlocks)
        {
            errors.Add(Error(property, culture, "blockList", "Liste de blocs invalide.", "Invalid block list."));
            return null;
        }

        var previous = StoredBlocks(stored);
        var blocks = new JsonArray();
        var keys = new HashSet<Guid>();
        var blockErrors = new List<ValidationError>();
        foreach (var id in order)
        {
            if (!Guid.TryParseExact(id, "N", out var key) || !keys.Add(key))
            {
                errors.Add(Error(property, culture, "blockKey", "Liste de blocs invalide (clé de bloc incorrecte).", "Invalid block list (bad block key)."));
                return null;
            }

            // A stored block the page could not edit (its type no longer allowed here) is posted by key alone: kept as stored.
            if (!form.ContainsKey($"{field}.b.{id}.type") && previous.TryGetValue(key, out var kept))
            {
                blocks.Add(kept.DeepClone());
                continue;
            }

            var alias = form[$"{field}.b.{id}.type"].ToString();
            if (!allowed.Contains(alias) || definitions.GetContentType(alias) is not { IsElement: true } elementType)
            {
                var shown = alias.Length > 60 ? alias[..60] : alias;
                errors.Add(Error(property, culture, "blockType",
                    $"Le type de bloc « {shown} » n'est pas autorisé ici ; rien n'a été enregistré.",
                    $"The block type \"{shown}\" is not allowed here; nothing was saved."));
                return null;
            }

            var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            JsonNode? settings = null;
            if (previous.TryGetValue(key, out var twin) && string.Equals(twin["contentType"]?.ToString(), elementType.Alias, StringComparison.Ordinal))
            {
                if (twin["values"] is JsonObject oldValues)
                {
                    foreach (var (k, v) in oldValues)
                    {
                        if (elementType.GetProperty(k) is not null && v is not null)
                        {
                            values[k] = JsonSerializer.SerializeToElement(v);
                        }
                    }
                }

                settings = twin["settings"]?.DeepClone();
            }

            var inner = new List<ValidationError>();
            var innerContext = context with { Depth = context.Depth + 1 };
            foreach (var p in elementType.Properties)
            {
                Bind(p, BlockField(field, key, p.Alias), null, innerContext, values, inner);
            }

            if (context.ValidateBlocks)
            {
                var probe = new ContentItem { ContentTypeAlias = elementType.Alias, InvariantValues = values };
                inner.AddRange(ContentValidator.ValidateForPublish(probe, elementType, []));
            }

            // An error inside a block is keyed by the field's path below the list ("highlights.b.{key}.v.title"), so
            // the page shows it beside the field it belongs to; the block is still kept so the page shows what was typed.
            blockErrors.AddRange(inner.Select(e => e with { Property = $"{property.Alias}.b.{id}.v.{e.Property}", Culture = culture }));
            var valuesObject = new JsonObject();
            foreach (var p in elementType.Properties)
            {
                if (values.TryGetValue(p.Alias, out var v))
                {
                    valuesObject[p.Alias] = JsonNode.Parse(v.GetRawText());
                }
            }

            blocks.Add(new JsonObject
            {
                ["key"] = key.ToString(),
                ["contentType"] = elementType.Alias,
                ["values"] = valuesObject,
                ["settings"] = settings,
            });
        }

        if (context.ValidateBlocks && max is { } most && blocks.Count > most)
        {
            errors.Add(Error(property, culture, "blockMax", $"Au plus {most} blocs.", $"At most {most} blocks."));
        }

        if (context.ValidateBlocks && min is { } least && least > 0 && blocks.Count < least)
        {
            errors.Add(Error(property, culture, "blockMin", $"Au moins {least} blocs.", $"At least {least} blocks."));
        }

        errors.AddRange(blockErrors);
        return blocks;
    }

    private static Dictionary<Guid, JsonObject> StoredBlocks(JsonElement? stored)
    {
        var result = new Dictionary<Guid, JsonObject>();
        if (stored is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var b in array.EnumerateArray())
            {
                if (b.ValueKind == JsonValueKind.Object && b.TryGetProperty("key", out var k) && Guid.TryParse(k.GetString(), out var key)
                    && JsonNode.Parse(b.GetRawText()) is JsonObject block)
                {
                    result.TryAdd(key, block);
                }
            }
        }

        return result;
    }

    /// <summary>The data type's validationLimit (min, max), each null when not set.</summary>
    public static (int? Min, int? Max) BlockLimits(DataType dataType)
    {
        var c = dataType.Configuration;
        if (c.ValueKind != JsonValueKind.Object || !c.TryGetProperty("validationLimit", out var limit) || limit.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        static int? Read(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
        return (Read(limit, "min"), Read(limit, "max"));
    }

    /// <summary>What one bind pass carries down into blocks.</summary>
    private sealed record BindContext(IFormCollection Form, bool ValidateBlocks, int Depth);

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
