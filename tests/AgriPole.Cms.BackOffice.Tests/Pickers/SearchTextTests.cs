using AgriPole.Cms.BackOffice.Pickers;

namespace AgriPole.Cms.BackOffice.Tests.Pickers;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("École d'Été", "ecole d'ete")]
    [InlineData("  Cœur de Gascogne ", "coeur de gascogne")]
    [InlineData("ÇA", "ca")]
    public void Fold_AccentsCaseAndLigatures_AreRemoved(string text, string expected) => Assert.Equal(expected, SearchText.Fold(text));

    [Theory]
    [InlineData("ecole", "%l%")]
    [InlineData("coeur", "%r%")]
    [InlineData("vigne 2027", "%v%g% 2027%")]
    [InlineData("100%_x", "%100\\%\\_x%")]
    public void LikePattern_AmbiguousLettersBecomeWildcards_LiteralsStayInOrder(string folded, string expected) =>
        Assert.Equal(expected, SearchText.LikePattern(folded));
}
