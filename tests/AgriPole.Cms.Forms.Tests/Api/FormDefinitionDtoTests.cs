using System.Text.Json;
using AgriPole.Cms.Forms.Api;
using AgriPole.Cms.Forms.Tests.Support;

namespace AgriPole.Cms.Forms.Tests.Api;

/// <summary>Freezes the headless definition contract: a change to the wire shape must change the golden file too.</summary>
public class FormDefinitionDtoTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [Theory]
    [InlineData("contact", "en-US")]
    [InlineData("newsletter", "fr-FR")]
    public void Create_RepositoryForm_MatchesGoldenFile(string alias, string culture)
    {
        var actual = JsonSerializer.Serialize(FormDefinitionDto.Create(TestForms.Get(alias), culture), Web).ReplaceLineEndings("\n");
        var golden = Path.Combine(SourceFolder(), "Api", "Golden", $"{alias}.{culture}.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual + "\n");
        }

        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n").TrimEnd('\n'), actual);
    }

    private static string SourceFolder() =>
        Path.Combine(Path.GetDirectoryName(TestForms.ConfigFolder)!, "tests", "AgriPole.Cms.Forms.Tests");
}
