using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace AgriPole.Cms.Search.Analysis;

/// <summary>
/// French: elision (l', d', qu'...), lower case, stop words, ASCII folding, then light stemming.
/// Folding runs before the stemmer so that "competitivite" typed without accents takes the very same path as
/// "compétitivité" in the text and both end as the same term.
/// </summary>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(LuceneSettings.Version, result);
        result = new StopFilter(LuceneSettings.Version, result, FrenchAnalyzer.DefaultStopSet);
        result = new ASCIIFoldingFilter(result);
        result = new FrenchLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
