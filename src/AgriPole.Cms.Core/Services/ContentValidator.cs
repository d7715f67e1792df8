using System.Text.Json;
using System.Text.RegularExpressions;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Services;

/// <summary>
/// The rules a document must follow: on save (known cultures, names, property aliases in the right variation, value
/// shapes) and on publish (mandatory, regex, max length), with messages in French and English.
/// </summary>
public static class ContentValidator
{
    public const int MaxNameLength = 255;

    public static List<ValidationError> ValidateForSave(ContentItem item, ContentType type, ICmsDefinitions definitions)
    {
        var errors = new List<ValidationError>();
        if (item.Cultures.Count == 0)
        {
            errors.Add(new("name", definitions.DefaultLanguage.IsoCode, "nameRequired", Messages.Text(
                "Le nom est obligatoire.",
                "A name is required.")));
        }

        foreach (var (culture, variation) in item.Cultures)
        {
            if (definitions.GetLanguage(culture) is null)
            {
                errors.Add(new("name", culture, "unknownCulture", Messages.Text(
                    $"La langue « {culture} » n'existe pas sur ce site.",
                    $"The language \"{culture}\" does not exist on this site.")));
                continue;
            }

            if (string.IsNullOrWhiteSpace(variation.Name))
            {
                errors.Add(new("name", culture, "nameRequired", Messages.Text(
                    $"Le nom est obligatoire ({culture}).",
                    $"A name is required ({culture}).")));
            }
            else if (variation.Name.Length > MaxNameLength)
            {
                errors.Add(new("name", culture, "nameTooLong", Messages.Text(
                    $"Le nom ne doit pas dépasser {MaxNameLength} caractères.",
                    $"The name must not exceed {MaxNameLength} characters.")));
            }

            foreach (var (alias, value) in variation.Values)
            {
                CheckProperty(errors, type, alias, value, culture, expectVariant: true);
            }
        }

        foreach (var (alias, value) in item.InvariantValues)
        {
            CheckProperty(errors, type, alias, value, null, expectVariant: false);
        }

        return errors;
    }

    /// <summary>Publish rules for the given cultures (invariant properties are checked once, against the draft).</summary>
    public static List<ValidationError> ValidateForPublish(ContentItem item, ContentType type, IEnumerable<string> cultures)
    {
        var errors = new List<ValidationError>();
        foreach (var property in type.Properties)
        {
            if (property.VariesByCulture)
            {
                foreach (var culture in cultures)
                {
                    var values = item.Cultures.TryGetValue(culture, out var v) ? v.Values : null;
                    CheckPublishRules(errors, property, values is not null && values.TryGetValue(property.Alias, out var value) ? value : null, culture);
                }
            }
            else
            {
                CheckPublishRules(errors, property, item.InvariantValues.TryGetValue(property.Alias, out var value) ? value : null, null);
            }
        }

        return errors;
    }

    public static bool IsEmpty(JsonElement? value) =>
        value is not { } v
        || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString()))
        || (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0);

    private static void CheckPublishRules(List<ValidationError> errors, PropertyType property, JsonElement? value, string? culture)
    {
        var fr = property.Name.Get("fr-FR");
        var en = property.Name.Get("en-US", "en-US");
        if (IsEmpty(value))
        {
            if (property.Mandatory)
            {
                errors.Add(new(property.Alias, culture, "mandatory", Messages.Text(
                    $"« {fr} » est obligatoire{Messages.InFr(culture)}.",
                    $"\"{en}\" is required{Messages.InEn(culture)}.")));
            }

            return;
        }

        if (value!.Value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = value.Value.GetString()!;
        var max = property.MaxLength ?? ConfiguredMaxChars(property.DataType);
        if (max is { } limit && text.Length > limit)
        {
            errors.Add(new(property.Alias, culture, "maxLength", Messages.Text(
                $"« {fr} » ne doit pas dépasser {limit} caractères ({text.Length}){Messages.InFr(culture)}.",
                $"\"{en}\" must not exceed {limit} characters ({text.Length}){Messages.InEn(culture)}.")));
        }

        if (property.ValidationRegex is { } pattern)
        {
            bool matches;
            try
            {
                matches = Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches)
            {
                var message = property.ValidationMessage is { } m
                    ? Messages.Text(m.Get("fr-FR"), m.Get("en-US", "en-US"))
                    : Messages.Text(
                        $"« {fr} » n'a pas le format attendu{Messages.InFr(culture)}.",
                        $"\"{en}\" is not in the expected format{Messages.InEn(culture)}.");
                errors.Add(new(property.Alias, culture, "regex", message));
            }
        }
    }

    private static int? ConfiguredMaxChars(DataType dataType) =>
        dataType.Configuration.ValueKind == JsonValueKind.Object
        && dataType.Configuration.TryGetProperty("maxChars", out var m)
        && m.ValueKind == JsonValueKind.Number
        && m.TryGetInt32(out var max) && max > 0
            ? max
            : null;

    private static void CheckProperty(List<ValidationError> errors, ContentType type, string alias, JsonElement value, string? culture, bool expectVariant)
    {
        var property = type.GetProperty(alias);
        if (property is null)
        {
            errors.Add(new(alias, culture, "unknownProperty", Messages.Text(
                $"Le type « {type.Name.Get("fr-FR")} » n'a pas de propriété « {alias} ».",
                $"The type \"{type.Name.Get("en-US", "en-US")}\" has no property \"{alias}\".")));
            return;
        }

        if (property.VariesByCulture != expectVariant)
        {
            errors.Add(new(alias, culture, property.VariesByCulture ? "propertyVariesByCulture" : "propertyInvariant", Messages.Text(
                property.VariesByCulture
                    ? $"« {property.Name.Get("fr-FR")} » varie selon la langue : sa valeur doit être donnée par langue."
                    : $"« {property.Name.Get("fr-FR")} » ne varie pas selon la langue : sa valeur est commune à toutes les langues.",
                property.VariesByCulture
                    ? $"\"{property.Name.Get("en-US", "en-US")}\" varies by culture: give its value per culture."
                    : $"\"{property.Name.Get("en-US", "en-US")}\" does not vary by culture: its value is shared by all cultures.")));
            return;
        }

        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || ShapeMatches(property.DataType.EditorAlias, value))
        {
            return;
        }

        errors.Add(new(alias, culture, "invalidValue", Messages.Text(
            $"La valeur de « {property.Name.Get("fr-FR")} » n'a pas la forme attendue par l'éditeur {property.DataType.EditorAlias}.",
            $"The value of \"{property.Name.Get("en-US", "en-US")}\" does not have the shape the {property.DataType.EditorAlias} editor stores.")));
    }

    /// <summary>The stored JSON shapes documented on <see cref="PropertyEditorAliases"/>.</summary>
    private static bool ShapeMatches(string editorAlias, JsonElement value) => editorAlias switch
    {
        PropertyEditorAliases.TextBox or PropertyEditorAliases.TextArea or PropertyEditorAliases.RichText
            or PropertyEditorAliases.EmailAddress or PropertyEditorAliases.FormPicker => value.ValueKind == JsonValueKind.String,
        PropertyEditorAliases.ContentPicker => value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out _),
        PropertyEditorAliases.DateTime => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out _),
        PropertyEditorAliases.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        PropertyEditorAliases.Decimal => value.ValueKind == JsonValueKind.Number,
        PropertyEditorAliases.TrueFalse => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        PropertyEditorAliases.Tags or PropertyEditorAliases.DropDownFlexible =>
            value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String),
        PropertyEditorAliases.BlockList or PropertyEditorAliases.MultiUrlPicker or PropertyEditorAliases.MediaPicker3 =>
            value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object),
        _ => true,
    };
}
