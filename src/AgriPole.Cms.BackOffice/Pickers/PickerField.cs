using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.BackOffice.Pickers;

/// <summary>
/// What the _PickerField partial renders: a key field (a text input without scripts, hidden with them), the chosen
/// item's name and path, and the buttons that open the picker dialog. The caller renders the label (for <see cref="Id"/>).
/// </summary>
/// <param name="Value">The posted or stored value as is (a key, empty, or what was typed and refused).</param>
/// <param name="Chosen">The item <paramref name="Value"/> names, when it is a live one.</param>
/// <param name="EmptyText">What an empty value means here: "(none)", "(root)", "(original place)".</param>
public sealed record PickerField(PickerKind Kind, string Id, string Name, string Value, PickerItem? Chosen, string EmptyText, EditorText Text, string? DescribedBy = null)
{
    public string KindName => Kind.ToString().ToLowerInvariant();

    public string Title => Text[Kind switch
    {
        PickerKind.Media => "picker.chooseMedia",
        PickerKind.Folder => "picker.chooseFolder",
        _ => "picker.choosePage",
    }];

    public string KeyHelp => Text[Kind switch
    {
        PickerKind.Media => "picker.keyHelpMedia",
        PickerKind.Folder => "picker.keyHelpFolder",
        _ => "picker.keyHelpPage",
    }];

    /// <summary>A value that names nothing live (a deleted page, a typo without scripts): said next to the field.</summary>
    public bool NotFound => Value.Length > 0 && Chosen is null;

    /// <summary>Parses a posted picker value: empty is "none" (null), a GUID is a key, anything else is refused.</summary>
    public static bool TryParse(string? raw, out Guid? key)
    {
        key = null;
        var value = raw?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return true;
        }

        if (Guid.TryParse(value, out var parsed))
        {
            key = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The refusal of a value that is not a key, in both languages, keyed by the posted field.</summary>
    public static ValidationError InvalidKeyError(string property, string raw) =>
        new(property, null, "invalidKey", new LocalizedText(new Dictionary<string, string>
        {
            ["fr-FR"] = new EditorText("fr-FR").Format("picker.invalidKey", raw.Trim()),
            ["en-US"] = new EditorText("en-US").Format("picker.invalidKey", raw.Trim()),
        }));
}
