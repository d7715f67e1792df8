using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Tests.Support;

namespace AgriPole.Cms.Core.Tests.Persistence.Seeding;

public class CmsSeederValidationTests
{
    [Theory]
    [InlineData("content/20-pages.json", "items[0].contentType", "\"contentType\": \"contentPage\"", "\"contentType\": \"nope\"", "unknown document type 'nope'")]
    [InlineData("content/20-pages.json", "items[4].contentType", "\"contentType\": \"newsList\"", "\"contentType\": \"newsItem\"", "not an allowed child")]
    [InlineData("content/20-pages.json", "items[0].cultures.fr-FR.values.title", "\"title\": \"À propos du pôle\"", "\"title\": \"\"", "\"Title\" is required")]
    [InlineData("content/20-pages.json", "items[1].cultures.de-DE", "\"en-US\": { \"name\": \"Why join\"", "\"de-DE\": { \"name\": \"Why join\"", "unknown culture 'de-DE'")]
    [InlineData("media/10-logos.json", "items[1].generate.background", "\"#2f6d3a\"", "\"green\"", "not a colour")]
    public async Task Initialize_BrokenSeedFile_StopsNamingFileAndField(string file, string path, string find, string replace, string problem)
    {
        using var config = new FixtureConfig();
        var full = Path.Combine(config.Folder, file);
        var text = await File.ReadAllTextAsync(full);
        Assert.Contains(find, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(full, text.Replace(find, replace, StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<CmsConfigurationException>(() => CmsTestHost.StartAsync(config.Folder));

        Assert.Equal(file, ex.File);
        Assert.Equal(path, ex.JsonPath);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }
}
