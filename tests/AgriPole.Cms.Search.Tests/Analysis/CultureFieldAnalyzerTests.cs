using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Searching;

namespace AgriPole.Cms.Search.Tests.Analysis;

public sealed class CultureFieldAnalyzerTests : IDisposable
{
    private readonly CultureFieldAnalyzer _analyzer = new();

    [Theory]
    [InlineData("adherer", "adhérer")]
    [InlineData("competitivite", "compétitivité")]
    [InlineData("poles", "pôle")]
    [InlineData("pole", "pôles")]
    [InlineData("adhesion", "l'adhésion")]
    [InlineData("entreprise", "d'entreprises")]
    [InlineData("il", "qu'il")]
    [InlineData("ETAT", "l’État")]
    public void French_AccentElisionAndPluralVariants_SameTerm(string typed, string inText)
    {
        var french = _analyzer.ForCulture("fr-FR");
        Assert.Equal(SearchQueryBuilder.Analyze(french, inText), SearchQueryBuilder.Analyze(french, typed));
    }

    [Theory]
    [InlineData("le")]
    [InlineData("des")]
    [InlineData("et")]
    public void French_StopWord_NoTerm(string word) =>
        Assert.Empty(SearchQueryBuilder.Analyze(_analyzer.ForCulture("fr-FR"), word));

    [Theory]
    [InlineData("joined", "join")]
    [InlineData("clusters", "cluster's")]
    [InlineData("companies", "company")]
    [InlineData("cafe", "café")]
    public void English_StemsPossessivesAndAccents_SameTerm(string typed, string inText)
    {
        var english = _analyzer.ForCulture("en-US");
        Assert.Equal(SearchQueryBuilder.Analyze(english, inText), SearchQueryBuilder.Analyze(english, typed));
    }

    [Fact]
    public void English_StopWord_NoTerm() => Assert.Empty(SearchQueryBuilder.Analyze(_analyzer.ForCulture("en-US"), "the"));

    [Fact]
    public void GetTokenStream_FieldNameCulture_PicksLanguage()
    {
        // "adhérons" stems in French; the invariant analyzer only folds.
        var french = Terms("summary_fr-fr", "Adhérons");
        var invariant = Terms("organisationName", "Adhérons");
        Assert.Equal(["adheron"], french);
        Assert.Equal(["adherons"], invariant);
    }

    public void Dispose() => _analyzer.Dispose();

    private List<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
