using AgriPole.Cms.Imaging.Uploads;

namespace AgriPole.Cms.Imaging.Tests.Uploads;

public class FileNameSanitizerTests
{
    [Theory]
    [InlineData("../../appsettings.json", "appsettings.json", "json")]
    [InlineData("..\\..\\evil.jpg", "evil.jpg", "jpg")]
    [InlineData("C:\\Users\\x\\photo.JPG", "photo.jpg", "jpg")]
    [InlineData("CON.jpg", "_CON.jpg", "jpg")]
    [InlineData("com1.png", "_com1.png", "png")]
    [InlineData("lpt9.pdf", "_lpt9.pdf", "pdf")]
    [InlineData(".jpg.aspx", "jpg.aspx", "aspx")]
    [InlineData("shell.php.jpg", "shell_php.jpg", "jpg")]
    [InlineData("a\u202Egpj.exe", "agpj.exe", "exe")]
    [InlineData("tab\there.txt", "tabhere.txt", "txt")]
    [InlineData("what?<is>this:.png", "what__is_this_.png", "png")]
    public void Sanitize_HostileName_ReturnsSafeNameAndExtension(string input, string expectedName, string expectedExtension)
    {
        var result = FileNameSanitizer.Sanitize(input);

        Assert.NotNull(result);
        Assert.Equal(expectedName, result.Value.Name);
        Assert.Equal(expectedExtension, result.Value.Extension);
    }

    [Theory]
    [InlineData("a.php%00.jpg")]
    [InlineData("a.php\0.jpg")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("noextension")]
    [InlineData("trailingdot.")]
    [InlineData("../")]
    public void Sanitize_UnusableName_ReturnsNull(string input) => Assert.Null(FileNameSanitizer.Sanitize(input));

    [Fact]
    public void Sanitize_300CharacterName_IsCutTo255WithExtensionKept()
    {
        var result = FileNameSanitizer.Sanitize(new string('é', 300) + ".jpg");

        Assert.NotNull(result);
        Assert.Equal(FileNameSanitizer.MaxLength, result.Value.Name.Length);
        Assert.EndsWith(".jpg", result.Value.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_DecomposedUnicode_IsNormalisedToComposedForm()
    {
        var result = FileNameSanitizer.Sanitize("e\u0301te\u0301.png");

        Assert.Equal("\u00e9t\u00e9.png", result!.Value.Name);
    }

    [Fact]
    public void Sanitize_LongNameOfSurrogatePairs_NeverSplitsAPair()
    {
        var result = FileNameSanitizer.Sanitize(string.Concat(Enumerable.Repeat("🌾", 200)) + ".png");

        Assert.NotNull(result);
        Assert.True(result.Value.Name.Length <= FileNameSanitizer.MaxLength);
        Assert.False(char.IsHighSurrogate(result.Value.Name[^5]));
    }
}
