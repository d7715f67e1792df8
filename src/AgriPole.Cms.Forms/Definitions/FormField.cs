using System.Text.RegularExpressions;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Forms.Definitions;

/// <summary>A field of a form definition.</summary>
public sealed class FormField
{
    public required string Alias { get; init; }

    /// <summary>Stable id (Umbraco Forms identifies fields by GUID in its API).</summary>
    public required Guid Key { get; init; }

    public required FormFieldType Type { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedText Help { get; init; } = LocalizedText.Empty;

    public LocalizedText Placeholder { get; init; } = LocalizedText.Empty;

    public bool Mandatory { get; init; }

    /// <summary>Maximum characters of the value (each value for lists). Always set: a default applies per type.</summary>
    public required int MaxLength { get; init; }

    /// <summary>The pattern as written in the file (the API exposes it).</summary>
    public string? RegexPattern { get; init; }

    public Regex? Regex { get; init; }

    /// <summary>A named validator beyond the generic rules: "siret".</summary>
    public string? Validator { get; init; }

    public IReadOnlyList<FormFieldOption> Options { get; init; } = [];

    /// <summary>Value of a hidden field when the page does not provide one.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>HTML autocomplete token ("email", "organization", "tel"...), helps visitors fill the form.</summary>
    public string? Autocomplete { get; init; }

    /// <summary>Message when a mandatory field is empty; null uses the built-in message.</summary>
    public LocalizedText? RequiredMessage { get; init; }

    /// <summary>Message when the value does not match the regex, e-mail, phone or validator; null uses the built-in one.</summary>
    public LocalizedText? InvalidMessage { get; init; }

    /// <summary>True for fields holding several values (checkbox lists).</summary>
    public bool IsMultiValue => Type == FormFieldType.CheckboxList;

    /// <summary>True where a CR or LF can never be legitimate (they would end up in mail headers or CSV rows).</summary>
    public bool IsSingleLine => Type is not FormFieldType.Textarea;

    public bool HasOption(string value) => Options.Any(o => string.Equals(o.Value, value, StringComparison.Ordinal));
}
