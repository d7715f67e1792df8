using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace AgriPole.Cms.Search.Analysis;

/// <summary>English: possessives removed, lower case, stop words, ASCII folding (French names in English text), Porter stemming.</summary>
public sealed class EnglishSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream result = new EnglishPossessiveFilter(LuceneSettings.Version, source);
        result = new LowerCaseFilter(LuceneSettings.Version, result);
        result = new StopFilter(LuceneSettings.Version, result, EnglishAnalyzer.DefaultStopSet);
        result = new ASCIIFoldingFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
