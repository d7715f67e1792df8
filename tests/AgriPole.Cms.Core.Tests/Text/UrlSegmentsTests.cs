using AgriPole.Cms.Core.Text;

namespace AgriPole.Cms.Core.Tests.Text;

public class UrlSegmentsTests
{
    [Theory]
    [InlineData("À propos", "a-propos")]
    [InlineData("Pourquoi adhérer ?", "pourquoi-adherer")]
    [InlineData("Cœur de filière", "coeur-de-filiere")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œnologie & vins", "oenologie-vins")]
    [InlineData("  Phase 3 : orientations  ", "phase-3-orientations")]
    [InlineData("L'été", "l-ete")]
    public void FromName_FrenchAndGermanNames_GivesLowerCaseAsciiSegment(string name, string expected) =>
        Assert.Equal(expected, UrlSegments.FromName(name));

    [Fact]
    public void FromName_OnlySymbols_GivesEmpty() => Assert.Equal(string.Empty, UrlSegments.FromName("?!…"));

    [Fact]
    public void MakeUnique_TakenSegment_AppendsFirstFreeNumber() =>
        Assert.Equal("actualites-3", UrlSegments.MakeUnique("actualites", ["actualites", "Actualites-2", "autre"]));

    [Fact]
    public void MakeUnique_FreeSegment_KeepsIt() => Assert.Equal("contact", UrlSegments.MakeUnique("contact", ["a-propos"]));
}
