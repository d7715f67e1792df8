using System.Text.Json;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// What the _PropertyEditor partial renders: one property at one form field, with its value. Document properties
/// read their value from the draft; block properties pass the block's value and a field below the list's field.
/// </summary>
/// <param name="ErrorKey">The field without its "v.{culture}." / "i." prefix: the key binding errors carry.</param>
public sealed record PropertyEditorModel(ContentEditorState State, PropertyType Property, string? Culture, string Field, JsonElement? Value, string ErrorKey)
{
    /// <summary>The editor of a document property (its draft value, errors keyed by its alias).</summary>
    public static PropertyEditorModel For(ContentEditorState state, PropertyType property, string? culture) =>
        new(state, property, culture, PropertyFormBinder.Field(property, culture), state.Value(property, culture), property.Alias);

    /// <summary>A field of a block: its culture is the list's, not repeated on each label.</summary>
    public bool InBlock => ErrorKey.Contains(".b.", StringComparison.Ordinal);

    /// <summary>The HTML id of the field: dots are not wanted in ids that CSS or scripts may select.</summary>
    public string Id => Field.Replace('.', '-');

    /// <summary>The editor of a property of one block of this (block list) editor; <paramref name="blockId"/> is the key in "N" form or the template placeholder.</summary>
    public PropertyEditorModel ForBlock(string blockId, PropertyType property, JsonElement? value) =>
        new(State, property, Culture, $"{Field}.b.{blockId}.v.{property.Alias}", value, $"{ErrorKey}.b.{blockId}.v.{property.Alias}");
}
