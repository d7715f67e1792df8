using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace AgriPole.Cms.Search.Analysis;

/// <summary>Invariant text (organisation names...) is read in every culture: no stemming or stop words, only case and accent folding.</summary>
public sealed class InvariantSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream result = new LowerCaseFilter(LuceneSettings.Version, source);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
