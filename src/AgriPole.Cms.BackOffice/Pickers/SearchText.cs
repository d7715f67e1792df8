using System.Globalization;
using System.Text;

namespace AgriPole.Cms.BackOffice.Pickers;

/// <summary>Accent- and case-insensitive matching for the pickers' search ("ecole" finds "École").</summary>
public static class SearchText
{
    /// <summary>Lower case without diacritics; ligatures spelt out (œ → oe).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(ch))
            {
                case UnicodeCategory.NonSpacingMark:
                    break;
                default:
                    var lower = char.ToLowerInvariant(ch);
                    builder.Append(lower switch { 'œ' => "oe", 'æ' => "ae", 'ß' => "ss", _ => lower.ToString() });
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// A SQL LIKE pattern (escape character backslash) that every name whose <see cref="Fold"/> contains
    /// <paramref name="folded"/> matches once lower-cased by the database, so the database narrows the rows and
    /// <see cref="Fold"/> decides. Letters an accent or a ligature may hide in the stored name (é, ç, ñ, "œ" for "oe")
    /// become "%": only the other ASCII letters, digits and a few marks stay literal, in order.
    /// </summary>
    public static string LikePattern(string folded)
    {
        var builder = new StringBuilder(folded.Length + 2).Append('%');
        foreach (var ch in folded)
        {
            if (ch is '%' or '_' or '\\')
            {
                builder.Append('\\').Append(ch);
            }
            else if ((ch is >= 'a' and <= 'z' && !"aceinosuy".Contains(ch, StringComparison.Ordinal)) || ch is >= '0' and <= '9' or ' ' or '-' or '.')
            {
                builder.Append(ch);
            }
            else if (builder[^1] != '%' || (builder.Length > 1 && builder[^2] == '\\'))
            {
                builder.Append('%');
            }
        }

        if (builder[^1] != '%' || (builder.Length > 1 && builder[^2] == '\\'))
        {
            builder.Append('%');
        }

        return builder.ToString();
    }
}
