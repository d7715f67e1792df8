using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgriPole.Cms.Search.Searching;

/// <summary>
/// Builds queries programmatically from plain words (never through a query parser): every word must match in at least
/// one searchable field of the culture (AND across words, OR across fields); the fuzzy variant is OR across words.
/// </summary>
public sealed class SearchQueryBuilder(CultureFieldAnalyzer analyzer)
{
    /// <summary>Null when every word is a stop word.</summary>
    public Query? Build(IReadOnlyList<string> words, IReadOnlyList<SearchField> fields, string culture, bool fuzzy)
    {
        var cultureAnalyzer = analyzer.ForCulture(culture);
        var top = new BooleanQuery();
        foreach (var word in words)
        {
            // A stop word of the visitor's language ("de", "the") is dropped, even if an invariant field holds it.
            if (Analyze(cultureAnalyzer, word).Count == 0)
            {
                continue;
            }

            var perWord = new BooleanQuery(disableCoord: true);
            foreach (var field in fields)
            {
                var tokens = Analyze(analyzer.ForCulture(IndexFieldNames.CultureOf(field.Name)), word);
                if (tokens.Count == 1)
                {
                    perWord.Add(TermOrFuzzy(field.Name, tokens[0], fuzzy), Occur.SHOULD);
                }
                else if (tokens.Count > 1)
                {
                    var all = new BooleanQuery(disableCoord: true);
                    foreach (var token in tokens)
                    {
                        all.Add(TermOrFuzzy(field.Name, token, fuzzy), Occur.MUST);
                    }

                    perWord.Add(all, Occur.SHOULD);
                }
            }

            if (perWord.Clauses.Count > 0)
            {
                top.Add(perWord, fuzzy ? Occur.SHOULD : Occur.MUST);
            }
        }

        return top.Clauses.Count == 0 ? null : top;
    }

    /// <summary>The terms <paramref name="a"/> makes of <paramref name="word"/>.</summary>
    public static IReadOnlyList<string> Analyze(Analyzer a, string word)
    {
        var tokens = new List<string>(1);
        using var stream = a.GetTokenStream("q", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static Query TermOrFuzzy(string field, string token, bool fuzzy)
    {
        var term = new Term(field, token);
        if (!fuzzy || token.Length < 4)
        {
            return new TermQuery(term);
        }

        return new FuzzyQuery(term, token.Length >= 7 ? 2 : 1, prefixLength: 1, maxExpansions: 20, transpositions: true);
    }
}
