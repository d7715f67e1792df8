using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Filters;

/// <summary>
/// filter=name:text (or name:!text): Umbraco matches analysed words of the name in the request culture, case-insensitively,
/// the last word as a prefix. We tokenise the same way (letters and digits), with no comma splitting.
/// </summary>
public sealed class NameFilter : IContentFilter
{
    private const string Prefix = "name:";

    public bool CanHandle(string filter) => QueryOptionText.HasPrefix(filter, Prefix);

    public Func<PublishedContent, bool>? Build(string filter, ContentQueryContext query)
    {
        var value = QueryOptionText.AfterPrefix(filter, Prefix);
        var negate = value.StartsWith('!');
        var words = Tokenize(negate ? value[1..] : value);
        if (words.Count == 0)
        {
            return null;
        }

        return content => Matches(Tokenize(query.GetName(content)), words) != negate;
    }

    public static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static bool Matches(List<string> nameWords, List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var last = i == words.Count - 1;
            var word = words[i];
            if (!nameWords.Exists(n => last
                    ? n.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    : string.Equals(n, word, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }
}
