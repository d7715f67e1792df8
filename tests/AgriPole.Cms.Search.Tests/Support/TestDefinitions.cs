using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Search.Tests.Support;

/// <summary>
/// A small set of the site's types, as umbraco-config declares them (title ~3, summary ~2, body ~1), for index tests
/// that run without the content engine.
/// </summary>
public sealed class TestDefinitions : ICmsDefinitions
{
    public static readonly TestDefinitions Instance = new();

    private TestDefinitions()
    {
        var textstring = DataType("textstring", PropertyEditorAliases.TextBox);
        var textarea = DataType("textarea", PropertyEditorAliases.TextArea);
        var richText = DataType("richText", PropertyEditorAliases.RichText);
        var toggle = DataType("toggle", PropertyEditorAliases.TrueFalse);
        var blocks = DataType("sections", PropertyEditorAliases.BlockList);
        var dropdown = DataType("dropdown", PropertyEditorAliases.DropDownFlexible);
        var tags = DataType("tags", PropertyEditorAliases.Tags);

        PropertyType[] Seo() =>
        [
            Property("metaTitle", textstring, variant: true),
            Property("noIndex", toggle, variant: false),
        ];

        var types = new[]
        {
            Type("home", [Property("title", textstring, true, 3), Property("intro", textarea, true, 2), .. Seo()]),
            Type("contentPage",
            [
                Property("title", textstring, true, 3), Property("summary", textarea, true, 2), Property("body", richText, true, 1),
                Property("sections", blocks, true, 1), .. Seo(),
            ]),
            Type("newsItem", [Property("title", textstring, true, 3), Property("summary", textarea, true, 2), Property("body", richText, true, 1), Property("tags", tags, false), .. Seo()]),
            Type("member",
            [
                Property("organisationName", textstring, false, 3), Property("description", textarea, true, 2),
                Property("kind", dropdown, false), Property("department", dropdown, false), .. Seo(),
            ]),
            Type("membersDirectory", [Property("title", textstring, true, 3), Property("intro", textarea, true, 2), .. Seo()]),
            Type("errorPage", [Property("title", textstring, true, 3), Property("body", richText, true, 1), .. Seo()]),
            Type("richTextBlock", [Property("text", richText, true)], isElement: true),
            Type("callToActionBlock", [Property("title", textstring, true), Property("text", textarea, true)], isElement: true),
        };
        ContentTypes = types.ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);
        DataTypes = new[] { textstring, textarea, richText, toggle, blocks, dropdown, tags }.ToDictionary(d => d.Alias, StringComparer.OrdinalIgnoreCase);
    }

    public string ConfigFolder => string.Empty;

    public IReadOnlyList<Language> Languages { get; } =
    [
        new("fr-FR", "Français", true, true, null),
        new("en-US", "English", false, false, "fr-FR"),
    ];

    public Language DefaultLanguage => Languages[0];

    public IReadOnlyList<DomainBinding> Domains { get; } = [new("fr-FR", null, "/"), new("en-US", null, "/en")];

    public IReadOnlyDictionary<string, DataType> DataTypes { get; }

    public IReadOnlyDictionary<string, ContentType> ContentTypes { get; }

    public Language? GetLanguage(string isoCode) => Languages.FirstOrDefault(l => string.Equals(l.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase));

    public ContentType? GetContentType(string alias) => ContentTypes.GetValueOrDefault(alias);

    public ContentType Type(string alias) => ContentTypes[alias];

    private static DataType DataType(string alias, string editor) =>
        new() { Key = Guid.NewGuid(), Alias = alias, EditorAlias = editor, Configuration = JsonDocument.Parse("{}").RootElement };

    private static PropertyType Property(string alias, DataType dataType, bool variant, float? boost = null) => new()
    {
        Alias = alias,
        Name = new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = alias }),
        DataType = dataType,
        VariesByCulture = variant,
        Search = boost is { } b ? new SearchFieldSettings(b) : null,
    };

    private static ContentType Type(string alias, PropertyType[] properties, bool isElement = false) => new()
    {
        Key = Guid.NewGuid(),
        Alias = alias,
        Name = new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = alias, ["en-US"] = alias }),
        IsElement = isElement,
        Properties = properties,
    };
}
