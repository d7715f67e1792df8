using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace AgriPole.Cms.Search.Analysis;

/// <summary>The "did you mean" field keeps whole words with their accents, so suggestions read as real words.</summary>
public sealed class SpellingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream result = new LowerCaseFilter(LuceneSettings.Version, source);
        result = new LengthFilter(LuceneSettings.Version, result, 3, 40);
        return new TokenStreamComponents(source, result);
    }
}
