using AgriPole.Cms.BackOffice.Content;

namespace AgriPole.Cms.BackOffice.Tests.Content;

public sealed class RichTextSanitizerTests
{
    private readonly RichTextSanitizer sanitizer = new();

    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script>", "<p>a</p>")]
    [InlineData("<p onclick=\"x()\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"data:text/html,x\">a</a>", "<a>a</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>a</p>", "<p>a</p>")]
    [InlineData("<p style=\"background:url(x)\">a</p>", "<p>a</p>")]
    [InlineData("<svg><script>alert(1)</script></svg>", "")]
    public void Sanitize_DangerousMarkup_Removed(string input, string expected) =>
        Assert.Equal(expected, sanitizer.Sanitize(input, null));

    [Theory]
    [InlineData("<h2>Titre</h2><p>Un <strong>mot</strong> et <em>un autre</em>.</p>")]
    [InlineData("<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote>cité</blockquote>")]
    [InlineData("<p><a href=\"https://example.org/\" title=\"t\">lien</a> <a href=\"mailto:a@example.org\">mail</a> <a href=\"/page/\">interne</a></p>")]
    [InlineData("<p lang=\"en\"><abbr title=\"Research and development\">R&amp;D</abbr></p>")]
    public void Sanitize_SemanticMarkup_Kept(string html) => Assert.Equal(html, sanitizer.Sanitize(html, null));
}
