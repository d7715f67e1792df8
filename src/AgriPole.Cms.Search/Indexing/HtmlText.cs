using System.Net;
using System.Text;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>Turns rich text markup into plain text for indexing: tags dropped, entities decoded, script/style skipped.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "code", "em", "i", "mark", "small", "span", "strong", "sub", "sup", "u", "s",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                // A lone "<" is text ("a < b").
                sb.Append(c);
                i++;
                continue;
            }

            var name = TagName(html.AsSpan(i + 1, end - i - 1));
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length - 1 : Math.Max(end, html.IndexOf('>', close) is var e && e >= 0 ? e : html.Length - 1);
            }

            if (!InlineTags.Contains(name) && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }

            i = end + 1;
        }

        return WebUtility.HtmlDecode(sb.ToString()).Trim();
    }

    private static string TagName(ReadOnlySpan<char> inside)
    {
        var start = inside.Length > 0 && inside[0] == '/' ? 1 : 0;
        var len = 0;
        while (start + len < inside.Length && char.IsAsciiLetterOrDigit(inside[start + len]))
        {
            len++;
        }

        return inside.Slice(start, len).ToString();
    }
}
