using System.Text.Json;
using AgriPole.Cms.BackOffice.Data;
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

    public IReadOnlyList<ContentTree.Node> Children { get; set; } = [];

    public IReadOnlyList<(ContentTree.Node Node, int Depth, string Alias)> AllNodes { get; set; } = [];

    public IReadOnlyList<(Guid Key, string Name)> Media { get; set; } = [];

    public IReadOnlyList<ScheduledAction> Schedules { get; set; } = [];

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The draft value of a property in a culture (null culture: invariant).</summary>
    public JsonElement? Value(PropertyType property, string? culture)
    {
        if (culture is null)
        {
            return Item.InvariantValues.TryGetValue(property.Alias, out var v) ? v : null;
        }

        return Item.Cultures.TryGetValue(culture, out var c) && c.Values.TryGetValue(property.Alias, out var cv) ? cv : null;
    }

    public IEnumerable<string> ErrorsFor(string property, string? culture) =>
        Errors.Where(e => string.Equals(e.Property, property, StringComparison.OrdinalIgnoreCase)
                && (e.Culture is null || culture is null || string.Equals(e.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Message.Get(User.UiCulture));
}
