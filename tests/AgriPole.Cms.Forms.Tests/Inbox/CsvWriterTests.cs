using AgriPole.Cms.Forms.Inbox;

namespace AgriPole.Cms.Forms.Tests.Inbox;

public class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"clic\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\"")]
    [InlineData("+33 5 61 00 00 00", "'+33 5 61 00 00 00")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void Cell_FormulaStart_PrefixedWithQuote(string value, string expected) => Assert.Equal(expected, CsvWriter.Cell(value));

    [Theory]
    [InlineData("Élodie", "Élodie")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("ligne 1\nligne 2", "\"ligne 1\nligne 2\"")]
    [InlineData("dit \"bonjour\"", "\"dit \"\"bonjour\"\"\"")]
    [InlineData("", "")]
    public void Cell_PlainText_QuotedOnlyWhenNeeded(string value, string expected) => Assert.Equal(expected, CsvWriter.Cell(value));
}
