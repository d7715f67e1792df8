using System.Text.Json;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Pickers;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>Everything the editor page renders for one document.</summary>
public sealed class ContentEditorState
{
    public required ContentItem Item { get; init; }

    public required ContentType Type { get; init; }

    public required BackOfficeUserContext User { get; init; }

    public required IReadOnlyList<Language> Languages { get; init; }

    public List<ValidationError> Errors { get; } = [];

    public string? Message { get; set; }

    /// <summary>The first <see cref="ContentTree.LevelPageSize"/> children (all of them with <see cref="ShowAllChildren"/>).</summary>
    public IReadOnlyList<ContentTree.Node> Children { get; set; } = [];

    /// <summary>How many children the page has in all.</summary>
    public int ChildrenTotal { get; set; }

    /// <summary>List every child (asked for with ?children=all): drag and drop sorting posts the whole order.</summary>
    public bool ShowAllChildren { get; set; }

    /// <summary>
    /// Name and path of the pages the document's values name (content pickers, links, blocks), read for those keys
    /// only: the pickers themselves query <see cref="Pickers.PickerSource"/> from their dialog, so the page does not
    /// grow with the site.
    /// </summary>
    public IReadOnlyDictionary<Guid, PickerItem> PickedContent { get; set; } = new Dictionary<Guid, PickerItem>();

    /// <summary>Name, path and thumbnail of the media items the document's values name.</summary>
    public IReadOnlyDictionary<Guid, PickerItem> PickedMedia { get; set; } = new Dictionary<Guid, PickerItem>();

    /// <summary>The move / copy target posted with a refused action ("move" or "copy" → the raw value), shown again.</summary>
    public Dictionary<string, string> PostedTargets { get; } = new(StringComparer.Ordinal);

    /// <summary>A picker field showing <paramref name="value"/> with its name and path when it names a live item.</summary>
    public PickerField Picker(PickerKind kind, string id, string name, string? value, string emptyText, string? describedBy = null)
    {
        var raw = value ?? string.Empty;
        PickerItem? chosen = null;
        if (Guid.TryParse(raw, out var key))
        {
            chosen = (kind == PickerKind.Content ? PickedContent : PickedMedia).GetValueOrDefault(key);
        }

        return new PickerField(kind, id, name, raw, chosen, emptyText, EditorText, describedBy);
    }

    /// <summary>The form definitions a form picker offers: alias and name in the editor's language.</summary>
    public IReadOnlyList<(string Alias, string Name)> Forms { get; set; } = [];

    public IReadOnlyList<ScheduledAction> Schedules { get; set; } = [];

    /// <summary>The zone scheduled dates are entered and shown in (<see cref="BackOfficeSettings.TimeZone"/>).</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The element types the document's block lists allow, by alias (what block cards and "add" offer).</summary>
    public IReadOnlyDictionary<string, ContentType> ElementTypes { get; set; } = new Dictionary<string, ContentType>();

    /// <summary>Where an error sits, in words: "Highlights › 2 · Highlight › Title" for a block's field.</summary>
    public string DescribeErrorPlace(ValidationError error)
    {
        var ui = User.UiCulture;
        var parts = error.Property.Split(".b.", 2);
        var property = Type.GetProperty(parts[0]);
        var name = property?.Name.Get(ui) is { Length: > 0 } n ? n : parts[0];
        var rest = parts.Length == 2 ? parts[1].Split(".v.", 2) : [];
        if (property is null || rest.Length != 2 || !Guid.TryParseExact(rest[0], "N", out var key)
            || Value(property, property.VariesByCulture ? error.Culture : null) is not { ValueKind: JsonValueKind.Array } blocks)
        {
            return name;
        }

        var position = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            position++;
            if (block.TryGetProperty("key", out var k) && Guid.TryParse(k.GetString(), out var g) && g == key)
            {
                var alias = block.TryGetProperty("contentType", out var ct) ? ct.GetString() ?? string.Empty : string.Empty;
                var elementType = ElementTypes.GetValueOrDefault(alias);
                var field = rest[1].Split('.')[0];
                return $"{name} › {position} · {elementType?.Name.Get(ui) ?? alias} › {elementType?.GetProperty(field)?.Name.Get(ui) ?? field}";
            }
        }

        return name;
    }

    /// <summary>The draft value of a property in a culture (null culture: invariant).</summary>
    public JsonElement? Value(PropertyType property, string? culture)
    {
        if (culture is null)
        {
            return Item.InvariantValues.TryGetValue(property.Alias, out var v) ? v : null;
        }

        return Item.Cultures.TryGetValue(culture, out var c) && c.Values.TryGetValue(property.Alias, out var cv) ? cv : null;
    }

    /// <summary>The property editors' own strings in the editor's language.</summary>
    public Localization.EditorText EditorText => new(User.UiCulture);

    public IEnumerable<string> ErrorsFor(string property, string? culture) =>
        Errors.Where(e => string.Equals(e.Property, property, StringComparison.OrdinalIgnoreCase)
                && (e.Culture is null || culture is null || string.Equals(e.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Message.Get(User.UiCulture));
}
