using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AgriPole.Cms.Forms.Definitions;

namespace AgriPole.Cms.Forms.Validation;

/// <summary>
/// Server-side validation of a submission against its definition. Only the definition's fields are read, so
/// over-posted names are ignored; messages come out in the visitor's culture.
/// </summary>
public static partial class FormValidator
{
    /// <summary>Validates <paramref name="raw"/> (field alias → posted values) for <paramref name="culture"/>.</summary>
    public static FormValidationResult Validate(FormDefinition form, IReadOnlyDictionary<string, IReadOnlyList<string>> raw, string culture)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        foreach (var field in form.Fields)
        {
            raw.TryGetValue(field.Alias, out var posted);
            posted ??= [];
            string? message = null;
            if (field.IsMultiValue)
            {
                var list = new List<string>();
                foreach (var p in posted)
                {
                    var v = Clean(field, p, out var problem);
                    if (problem is not null)
                    {
                        message ??= Msg(Lookup(problem), culture, field);
                    }

                    if (v.Length == 0 || list.Contains(v, StringComparer.Ordinal))
                    {
                        continue;
                    }

                    list.Add(v);
                    if (problem is null && !field.HasOption(v))
                    {
                        message ??= Msg(field.InvalidMessage ?? FormMessages.InvalidChoice, culture);
                    }
                }

                if (message is null && field.Mandatory && list.Count == 0)
                {
                    message = Msg(field.RequiredMessage ?? FormMessages.Required, culture);
                }

                values[field.Alias] = list;
            }
            else
            {
                // A single-value field takes the first posted value; extra copies are over-posting and ignored.
                string? problem = null;
                var value = posted.Count > 0 ? Clean(field, posted[0], out problem) : string.Empty;
                if (field.Type == FormFieldType.Consent)
                {
                    value = value is "true" or "on" or "yes" or "1" ? "true" : string.Empty;
                }

                values[field.Alias] = value.Length == 0 ? [] : [value];
                message = problem is not null ? Msg(Lookup(problem), culture, field) : Check(field, value, culture);
            }

            if (message is not null)
            {
                errors.Add(new FieldError(field.Alias, message));
            }
        }

        return new FormValidationResult(values, errors);
    }

    /// <summary>
    /// Normalises a posted value (trim, NFC, CRLF → LF) and reports the first character-level problem as a token
    /// resolved later to a message: control characters, invalid UTF-8 (decoded as U+FFFD), text-direction overrides,
    /// line breaks in single-line fields (mail header injection), markup.
    /// </summary>
    internal static string Clean(FormField field, string value, out string? problem)
    {
        problem = null;
        if (value.Length > field.MaxLength * 4 + 64)
        {
            // Far over the limit: do not spend time normalising a megabyte.
            problem = TokenTooLong;
            return value[..(field.MaxLength + 1)];
        }

        var v = value.Trim();
        if (!v.IsNormalized(NormalizationForm.FormC))
        {
            try
            {
                v = v.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // Unpaired surrogates cannot be normalised.
                problem = TokenCharacters;
                return v;
            }
        }

        if (field.Type == FormFieldType.Textarea && v.Contains('\r', StringComparison.Ordinal))
        {
            v = v.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            if (c is '\r' or '\n')
            {
                if (field.IsSingleLine)
                {
                    problem = TokenSingleLine;
                    return v;
                }

                continue;
            }

            if (c == '\t' && !field.IsSingleLine)
            {
                continue;
            }

            if (char.IsControl(c) || c == '\uFFFD' || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' || c is '\uFEFF'
                || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]) && ++i > 0)))
            {
                problem = TokenCharacters;
                return v;
            }
        }

        if (MarkupPattern().IsMatch(v))
        {
            problem = TokenMarkup;
        }

        return v;
    }

    private const string TokenTooLong = "\u0001tooLong";
    private const string TokenCharacters = "\u0001characters";
    private const string TokenSingleLine = "\u0001singleLine";
    private const string TokenMarkup = "\u0001markup";

    private static string? Check(FormField field, string value, string culture)
    {
        if (value.Length == 0)
        {
            if (!field.Mandatory)
            {
                return null;
            }

            return Msg(field.RequiredMessage ?? (field.Type == FormFieldType.Consent ? FormMessages.ConsentRequired : FormMessages.Required), culture);
        }

        if (value.Length > field.MaxLength)
        {
            return Msg(FormMessages.TooLong, culture, field);
        }

        var invalid = field.InvalidMessage;
        switch (field.Type)
        {
            case FormFieldType.Email when !IsEmail(value):
                return Msg(invalid ?? FormMessages.InvalidEmail, culture);
            case FormFieldType.Phone when !IsPhone(value):
                return Msg(invalid ?? FormMessages.InvalidPhone, culture);
            case FormFieldType.Select when !field.HasOption(value):
                return Msg(invalid ?? FormMessages.InvalidChoice, culture);
        }

        if (field.Validator == "siret" && !SiretValidator.IsValid(SiretValidator.Normalize(value)))
        {
            return Msg(invalid ?? FormMessages.InvalidSiret, culture);
        }

        if (field.Regex is { } regex)
        {
            try
            {
                if (!regex.IsMatch(value))
                {
                    return Msg(invalid ?? FormMessages.InvalidFormat, culture);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return Msg(invalid ?? FormMessages.InvalidFormat, culture);
            }
        }

        return null;
    }

    public static bool IsEmail(string value) =>
        value.Length <= 254 && EmailPattern().IsMatch(value) && FormDefinitionLoader.IsPlainAddress(value);

    private static bool IsPhone(string value)
    {
        if (!PhonePattern().IsMatch(value))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 15;
    }

    private static Core.Models.LocalizedText Lookup(string token) => token switch
    {
        TokenTooLong => FormMessages.TooLong,
        TokenSingleLine => FormMessages.SingleLine,
        TokenMarkup => FormMessages.NoMarkup,
        _ => FormMessages.InvalidCharacters,
    };

    private static string Msg(Core.Models.LocalizedText text, string culture, FormField? field = null)
    {
        var s = text.Get(culture);
        return field is not null && s.Contains("{0}", StringComparison.Ordinal)
            ? string.Format(CultureInfo.GetCultureInfo(culture), s, field.MaxLength)
            : s;
    }

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ().\-]{6,24}$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PhonePattern();

    /// <summary>A tag opening ("&lt;b", "&lt;/", "&lt;!", "&lt;?"): plain "a &lt; b" stays allowed.</summary>
    [GeneratedRegex(@"<[A-Za-z/!?]", RegexOptions.CultureInvariant, 200)]
    private static partial Regex MarkupPattern();
}
