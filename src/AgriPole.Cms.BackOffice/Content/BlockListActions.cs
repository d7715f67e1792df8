using System.Text.Json;
using System.Text.Json.Nodes;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// The block list's buttons when scripts do not run: "add", "remove", "up", "down" post the whole editor form with
/// blockAction = "{op}|{list field}|{element type alias or block key}"; the draft in memory is changed and the page
/// shown again, nothing is saved. With scripts the same buttons act in the page and never post.
/// </summary>
public static class BlockListActions
{
    public enum Outcome
    {
        Invalid,
        Added,
        Removed,
        Moved,
    }

    public static Outcome Apply(ContentItem item, ContentType type, IReadOnlyList<Language> languages, string? action)
    {
        var parts = (action ?? string.Empty).Split('|');
        if (parts.Length != 3)
        {
            return Outcome.Invalid;
        }

        var (op, field, arg) = (parts[0], parts[1], parts[2]);
        foreach (var property in type.Properties.Where(p => p.DataType.EditorAlias == PropertyEditorAliases.BlockList))
        {
            var cultures = property.VariesByCulture ? languages.Select(l => (string?)l.IsoCode) : [null];
            foreach (var culture in cultures)
            {
                if (!string.Equals(PropertyFormBinder.Field(property, culture), field, StringComparison.Ordinal))
                {
                    continue;
                }

                Dictionary<string, JsonElement>? values = culture is null ? item.InvariantValues
                    : item.Cultures.TryGetValue(culture, out var variation) ? variation.Values : null;
                if (values is null)
                {
                    return Outcome.Invalid;
                }

                var blocks = values.TryGetValue(property.Alias, out var stored) && JsonNode.Parse(stored.GetRawText()) is JsonArray a ? a : [];
                var outcome = Change(blocks, property.DataType, op, arg);
                if (outcome != Outcome.Invalid)
                {
                    values[property.Alias] = JsonSerializer.SerializeToElement(blocks);
                }

                return outcome;
            }
        }

        return Outcome.Invalid;
    }

    private static Outcome Change(JsonArray blocks, DataType dataType, string op, string arg)
    {
        if (op == "add")
        {
            var allowed = PropertyFormBinder.AllowedBlockTypes(dataType);
            var max = PropertyFormBinder.BlockLimits(dataType).Max;
            if (!allowed.TryGetValue(arg, out var alias) || (max is { } m && blocks.Count >= m))
            {
                return Outcome.Invalid;
            }

            blocks.Add(new JsonObject
            {
                ["key"] = Guid.NewGuid().ToString(),
                ["contentType"] = alias,
                ["values"] = new JsonObject(),
                ["settings"] = null,
            });
            return Outcome.Added;
        }

        if (!Guid.TryParseExact(arg, "N", out var key))
        {
            return Outcome.Invalid;
        }

        var index = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Guid.TryParse(blocks[i]?["key"]?.ToString(), out var k) && k == key)
            {
                index = i;
                break;
            }
        }

        var target = op switch { "up" => index - 1, "down" => index + 1, _ => index };
        if (index < 0 || target < 0 || target >= blocks.Count)
        {
            return Outcome.Invalid;
        }

        var block = blocks[index];
        blocks.RemoveAt(index);
        if (op == "remove")
        {
            return Outcome.Removed;
        }

        if (op is not ("up" or "down"))
        {
            blocks.Insert(index, block);
            return Outcome.Invalid;
        }

        blocks.Insert(target, block);
        return Outcome.Moved;
    }
}
