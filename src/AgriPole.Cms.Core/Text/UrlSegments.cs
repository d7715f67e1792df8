using System.Globalization;
using System.Text;

namespace AgriPole.Cms.Core.Text;

/// <summary>Turns names into URL segments: "À propos" → "a-propos", "Pourquoi adhérer ?" → "pourquoi-adherer".</summary>
public static class UrlSegments
{
    private static readonly Dictionary<char, string> Special = new()
    {
        ['œ'] = "oe", ['Œ'] = "oe", ['æ'] = "ae", ['Æ'] = "ae", ['ß'] = "ss", ['ø'] = "o", ['Ø'] = "o",
        ['đ'] = "d", ['Đ'] = "d", ['ł'] = "l", ['Ł'] = "l", ['þ'] = "th", ['&'] = "-", ['@'] = "-",
    };

    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasDash = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Special.TryGetValue(ch, out var replacement))
            {
                Append(sb, replacement, ref lastWasDash);
            }
            else if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(ch);
                lastWasDash = false;
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                sb.Append((char)(ch + 32));
                lastWasDash = false;
            }
            else if (!lastWasDash)
            {
                sb.Append('-');
                lastWasDash = true;
            }
        }

        var segment = sb.ToString().Trim('-');
        if (segment.Length > 100)
        {
            segment = segment[..100].TrimEnd('-');
        }

        return segment;
    }

    /// <summary>Returns <paramref name="segment"/>, or "segment-2", "segment-3"... so that it is not among <paramref name="taken"/>.</summary>
    public static string MakeUnique(string segment, IEnumerable<string> taken)
    {
        var set = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        if (!set.Contains(segment))
        {
            return segment;
        }

        for (var i = 2; ; i++)
        {
            var candidate = $"{segment}-{i}";
            if (!set.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private static void Append(StringBuilder sb, string text, ref bool lastWasDash)
    {
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (!lastWasDash)
                {
                    sb.Append('-');
                    lastWasDash = true;
                }
            }
            else
            {
                sb.Append(c);
                lastWasDash = false;
            }
        }
    }
}
