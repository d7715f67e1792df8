using System.Text;
using Lucene.Net.Search.Highlight;

namespace AgriPole.Cms.Search.Searching;

/// <summary>
/// Encodes snippet text for HTML (&amp;, &lt;, &gt;, quotes) and nothing else, so accented letters stay readable;
/// the highlighter then adds only &lt;mark&gt; around matches.
/// </summary>
public sealed class MarkOnlyHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(text[i]);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }
}
