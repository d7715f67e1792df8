using System.Text.Json.Nodes;
using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Tests.Support;

namespace AgriPole.Cms.Core.Tests.Configuration;

public sealed class CmsDefinitionsLoaderTests : IDisposable
{
    private readonly FixtureConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public void Load_Fixture_ReadsLanguagesDomainsAndTypes()
    {
        var definitions = CmsDefinitionsLoader.Load(_config.Folder);

        Assert.Equal("fr-FR", definitions.DefaultLanguage.IsoCode);
        Assert.Equal("fr-FR", definitions.GetLanguage("en-us")!.FallbackIsoCode);
        Assert.Equal(["/", "/en"], definitions.Domains.Select(d => d.PathPrefix));
        Assert.Equal(2, definitions.DictionaryItems.Count);
        Assert.True(definitions.GetContentType("richTextBlock")!.IsElement);
        Assert.False(definitions.GetContentType("HOME")!.IsElement);
    }

    [Fact]
    public void Load_DocumentTypeWithCompositions_MergesTheirPropertiesAndGroups()
    {
        var home = CmsDefinitionsLoader.Load(_config.Folder).GetContentType("home")!;

        Assert.Equal(["title", "intro", "latestNewsCount", "metaTitle", "noIndex", "showInMenu", "menuTitle"], home.Properties.Select(p => p.Alias));
        Assert.Equal(["content", "seo", "navigation"], home.Groups.Select(g => g.Alias));
        Assert.False(home.GetProperty("noIndex")!.VariesByCulture);
        Assert.Equal("Umbraco.TrueFalse", home.GetProperty("showInMenu")!.DataType.EditorAlias);
        Assert.Equal(120, home.GetProperty("title")!.MaxLength);
    }

    [Fact]
    public void Load_PropertyWithoutVariesByCulture_FollowsItsType()
    {
        var page = CmsDefinitionsLoader.Load(_config.Folder).GetContentType("contentPage")!;

        Assert.True(page.GetProperty("summary")!.VariesByCulture);
        Assert.False(page.GetProperty("reference")!.VariesByCulture);
    }

    public static TheoryData<string, Action<JsonObject>, string, string> BrokenCases() => new()
    {
        { "document-types/home.json", o => o["properties"]![2]!["dataType"] = "nope", "properties[2].dataType", "unknown data type 'nope'" },
        { "data-types.json", o => o["dataTypes"]![1]!["editorAlias"] = "Umbraco.Nope", "dataTypes[1].editorAlias", "unknown editor alias" },
        { "data-types.json", o => o["dataTypes"]![1]!["alias"] = "textstring", "dataTypes[1].alias", "duplicate data type alias" },
        { "data-types.json", o => o["dataTypes"]![1]!["key"] = "not-a-guid", "dataTypes[1].key", "GUID" },
        { "document-types/newsList.json", o => o["alias"] = "home", "alias", "duplicate alias 'home'" },
        { "document-types/newsList.json", o => o["key"] = "0a6b1c2d-0002-4000-8000-000000000001", "key", "duplicate key" },
        { "document-types/home.json", o => o["allowedChildren"]![1] = "missingType", "allowedChildren[1]", "unknown document type 'missingType'" },
        { "document-types/home.json", o => o["compositions"]![0] = "missingComposition", "compositions[0]", "unknown composition" },
        { "document-types/home.json", o => o["compositions"]![0] = "contentPage", "compositions[0]", "compositions must be element types" },
        { "document-types/home.json", o => o["properties"]![0]!["name"]!.AsObject().Remove("en-US"), "properties[0].name.en-US", "missing text in en-US" },
        { "document-types/home.json", o => o["name"]!["fr-FR"] = "", "name.fr-FR", "missing text in fr-FR" },
        { "document-types/contentPage.json", o => o["properties"]![4]!["validation"]!["regex"] = "([a-z", "properties[4].validation.regex", "invalid regular expression" },
        { "document-types/home.json", o => o["properties"]![0]!["group"] = "nowhere", "properties[0].group", "unknown group" },
        { "languages.json", o => o["languages"]![1]!["isDefault"] = true, "languages", "exactly one language must have isDefault" },
        { "languages.json", o => o["languages"]![0]!["isMandatory"] = false, "languages[0].isMandatory", "must be mandatory" },
        { "languages.json", o => o["languages"]![1]!["fallbackIsoCode"] = "de-DE", "languages[1].fallbackIsoCode", "unknown language 'de-DE'" },
        { "domains.json", o => o["domains"]![1]!["culture"] = "es-ES", "domains[1].culture", "unknown culture 'es-ES'" },
        { "domains.json", o => o["domains"]![1]!["pathPrefix"] = "/en/", "domains[1].pathPrefix", "no trailing slash" },
        { "dictionary.json", o => o["items"]![1]!["itemKey"] = "Nav.Search", "items[1].itemKey", "duplicate item key" },
        { "data-types.json", o => o["dataTypes"]![9]!["configuration"]!["blocks"]![0]!["contentElementTypeAlias"] = "home", "dataTypes[9].configuration.blocks[0].contentElementTypeAlias", "unknown element type 'home'" },
    };

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Load_BrokenFile_ThrowsNamingFileAndField(string file, Action<JsonObject> breakIt, string path, string problem)
    {
        _config.Edit(file, breakIt);

        var ex = Assert.Throws<CmsConfigurationException>(() => CmsDefinitionsLoader.Load(_config.Folder));

        Assert.Equal(file, ex.File);
        Assert.Equal(path, ex.JsonPath);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"umbraco-config/{file}: {path}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_NamesFileAndLine()
    {
        _config.Write("document-types/home.json", "{\n  \"alias\": \"home\",\n  oops\n}");

        var ex = Assert.Throws<CmsConfigurationException>(() => CmsDefinitionsLoader.Load(_config.Folder));

        Assert.Equal("document-types/home.json", ex.File);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAccepted()
    {
        // languages.json and data-types.json of the fixture use both.
        var definitions = CmsDefinitionsLoader.Load(_config.Folder);

        Assert.Equal(2, definitions.Languages.Count);
    }

    [Fact]
    public void Load_CompositionLoop_IsRefused()
    {
        _config.Edit("element-types/seoComposition.json", o => o["compositions"] = new JsonArray("navigationComposition"));
        _config.Edit("element-types/navigationComposition.json", o => o["compositions"] = new JsonArray("seoComposition"));

        var ex = Assert.Throws<CmsConfigurationException>(() => CmsDefinitionsLoader.Load(_config.Folder));

        Assert.Contains("composition loop", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_SaysWhichFolder()
    {
        var ex = Assert.Throws<CmsConfigurationException>(() => CmsDefinitionsLoader.Load("/nowhere/umbraco-config"));

        Assert.Contains("/nowhere/umbraco-config", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoSetting_FindsNearestFolderAbove()
    {
        var root = Path.GetDirectoryName(_config.Folder)!;
        var deep = Directory.CreateDirectory(Path.Combine(root, "src", "AgriPole.Web")).FullName;

        Assert.Equal(_config.Folder, CmsConfigFolder.Resolve(null, deep, "/bin"));
        Assert.Equal(Path.Combine(deep, "custom"), CmsConfigFolder.Resolve("custom", deep, "/bin"));
        Assert.Equal(Path.Combine("/bin", "umbraco-config"), CmsConfigFolder.Resolve("", "/", "/bin"));
    }
}
