using AgriPole.Cms.BackOffice.Content;

namespace AgriPole.Cms.BackOffice.Tests.Content;

public sealed class TextDiffTests
{
    [Fact]
    public void Compute_OneWordChanged_MarksOnlyThatWord()
    {
        var pieces = TextDiff.Compute("le salon ouvre lundi", "le salon ouvre mardi");

        Assert.Equal("le salon ouvre ", string.Concat(pieces.Where(p => p.Kind == TextDiff.Kind.Same).Select(p => p.Text)));
        Assert.Equal("lundi", Assert.Single(pieces, p => p.Kind == TextDiff.Kind.Removed).Text);
        Assert.Equal("mardi", Assert.Single(pieces, p => p.Kind == TextDiff.Kind.Added).Text);
    }

    [Fact]
    public void Compute_PiecesRebuildBothTexts()
    {
        const string before = "<p>Un <strong>texte</strong> ancien.</p>";
        const string after = "<p>Un texte <em>nouveau</em>.</p>";

        var pieces = TextDiff.Compute(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != TextDiff.Kind.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != TextDiff.Kind.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void Compute_NullBefore_AllAdded() =>
        Assert.All(TextDiff.Compute(null, "nouveau texte"), p => Assert.Equal(TextDiff.Kind.Added, p.Kind));
}
