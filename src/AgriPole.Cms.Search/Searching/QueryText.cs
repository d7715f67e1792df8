using System.Globalization;

namespace AgriPole.Cms.Search.Searching;

/// <summary>
/// Splits what a visitor typed into plain words (letters and digits, inner apostrophes kept for elision: "l'adhésion").
/// Everything else, Lucene syntax included (":", "*", "(", quotes, AND), is a separator or an ordinary word,
/// so no input is ever parsed as a query.
/// </summary>
public static class QueryText
{
    public static IReadOnlyList<string> Words(string? text, int maxChars, int maxWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var span = text.AsSpan(0, Math.Min(text.Length, maxChars));
        var words = new List<string>();
        var i = 0;
        while (i < span.Length && words.Count < maxWords)
        {
            while (i < span.Length && !IsWordChar(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && (IsWordChar(span[i]) || (IsApostrophe(span[i]) && i + 1 < span.Length && IsWordChar(span[i + 1]) && i > start)))
            {
                i++;
            }

            if (i > start)
            {
                var word = span[start..i].ToString().Replace('’', '\'');
                if (!words.Contains(word, StringComparer.OrdinalIgnoreCase))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
