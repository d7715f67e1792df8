using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace AgriPole.Cms.Search.Searching;

/// <summary>
/// Builds the snippet of a hit for one search: the best highlighted fragment of the first descriptive field that
/// matches (summary before body), else the start of the first descriptive text. Output is encoded text plus &lt;mark&gt;.
/// </summary>
internal sealed class SnippetBuilder
{
    private const int FragmentSize = 180;
    private readonly Query _query;
    private readonly IReadOnlyList<SearchField> _fields;
    private readonly CultureFieldAnalyzer _analyzer;
    private readonly Dictionary<string, Highlighter> _highlighters = new(StringComparer.Ordinal);

    /// <param name="query">The query as run; multi-term (fuzzy) queries must already be rewritten to their terms.</param>
    public SnippetBuilder(Query query, IReadOnlyList<SearchField> fields, CultureFieldAnalyzer analyzer)
    {
        _query = query;
        _analyzer = analyzer;

        // Titles are shown anyway: the snippet comes from the descriptive fields, highest boost first.
        _fields = [.. fields.Where(f => !f.IsTitle)];
    }

    public IEnumerable<string> FieldNames => _fields.Select(f => f.Name);

    public string Build(Document doc)
    {
        foreach (var field in _fields)
        {
            var text = doc.Get(field.Name);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            try
            {
                var fragment = GetHighlighter(field.Name).GetBestFragment(_analyzer, field.Name, text);
                if (!string.IsNullOrEmpty(fragment))
                {
                    return fragment.Trim();
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // Fall through to the plain start of the text.
            }
        }

        foreach (var field in _fields)
        {
            var text = doc.Get(field.Name);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return MarkOnlyHtmlEncoder.Encode(Shorten(text));
            }
        }

        return string.Empty;
    }

    internal static string Shorten(string text)
    {
        text = text.Trim();
        if (text.Length <= FragmentSize)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', FragmentSize);
        return string.Concat(text.AsSpan(0, cut > FragmentSize / 2 ? cut : FragmentSize), "…");
    }

    private Highlighter GetHighlighter(string field)
    {
        if (!_highlighters.TryGetValue(field, out var highlighter))
        {
            // QueryTermScorer looks each token up in the query's terms, extracted once; QueryScorer re-derives weighted
            // spans for every document, which made the search page many times slower than the search itself. Our
            // queries are plain terms (fuzzy ones arrive rewritten to terms), so nothing is lost.
            var scorer = new QueryTermScorer(_query, field);
            highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MarkOnlyHtmlEncoder(), scorer)
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
                MaxDocCharsToAnalyze = 20_000,
            };
            _highlighters[field] = highlighter;
        }

        return highlighter;
    }
}
