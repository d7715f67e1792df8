using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Rendering;

namespace AgriPole.Cms.DeliveryApi.Tests.TestSupport;

/// <summary>
/// A small bilingual site built in code: home → about, news (→ two news items, one French only), a disallowed
/// "secretPage", plus a draft that only the preview snapshot holds; media: Images/Hero (image) and Brochure (PDF).
/// Keys and dates are fixed so golden files stay stable.
/// </summary>
public static class DeliveryApiFixture
{
    public static readonly Guid HomeKey = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid AboutKey = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid NewsKey = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly Guid News1Key = Guid.Parse("44444444-4444-4444-4444-444444444444");
    public static readonly Guid News2Key = Guid.Parse("55555555-5555-5555-5555-555555555555");
    public static readonly Guid SecretKey = Guid.Parse("66666666-6666-6666-6666-666666666666");
    public static readonly Guid DraftKey = Guid.Parse("77777777-7777-7777-7777-777777777777");
    public static readonly Guid BlockKey = Guid.Parse("88888888-8888-8888-8888-888888888888");
    public static readonly Guid ImagesFolderKey = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid HeroKey = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");
    public static readonly Guid BrochureKey = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000003");

    public static readonly IReadOnlyList<Language> Languages =
    [
        new("fr-FR", "Français", IsDefault: true, IsMandatory: true, FallbackIsoCode: null),
        new("en-US", "English", IsDefault: false, IsMandatory: false, FallbackIsoCode: "fr-FR"),
    ];

    private static readonly DateTime Created = new(2024, 1, 15, 9, 30, 0);

    public static readonly DataType Textstring = Data("textstring", PropertyEditorAliases.TextBox);
    public static readonly DataType Textarea = Data("textarea", PropertyEditorAliases.TextArea);
    public static readonly DataType RichText = Data("richText", PropertyEditorAliases.RichText);
    public static readonly DataType Toggle = Data("toggle", PropertyEditorAliases.TrueFalse);
    public static readonly DataType Integer = Data("integer", PropertyEditorAliases.Integer);
    public static readonly DataType DatePicker = Data("datePicker", PropertyEditorAliases.DateTime);
    public static readonly DataType Tags = Data("tags", PropertyEditorAliases.Tags);
    public static readonly DataType ContentPicker = Data("contentPicker", PropertyEditorAliases.ContentPicker);
    public static readonly DataType MultiUrlPicker = Data("multiUrlPicker", PropertyEditorAliases.MultiUrlPicker);
    public static readonly DataType Dropdown = Data("memberKind", PropertyEditorAliases.DropDownFlexible, """{ "multiple": false, "items": ["company", "other"] }""");
    public static readonly DataType MediaPicker = Data("mediaPicker", PropertyEditorAliases.MediaPicker3,
        """{ "crops": [ { "alias": "thumbnail", "width": 400, "height": 300 }, { "alias": "hero", "width": 1600, "height": 600 } ] }""");
    public static readonly DataType BlockList = Data("highlightsBlockList", PropertyEditorAliases.BlockList);

    public static readonly ContentType HighlightBlock = Type("highlightBlock", isElement: true, variesByCulture: false,
        Prop("title", Textstring), Prop("text", Textarea), Prop("link", MultiUrlPicker));

    public static readonly ContentType Home = Type("home", isElement: false, variesByCulture: true,
        Prop("title", Textstring, variant: true), Prop("intro", Textarea, variant: true), Prop("highlights", BlockList, variant: true),
        Prop("ctaJoin", MultiUrlPicker, variant: true), Prop("latestNewsCount", Integer), Prop("showInMenu", Toggle), Prop("featured", ContentPicker));

    public static readonly ContentType ContentPage = Type("contentPage", isElement: false, variesByCulture: true,
        Prop("title", Textstring, variant: true), Prop("summary", Textarea, variant: true), Prop("body", RichText, variant: true),
        Prop("image", MediaPicker), Prop("related", ContentPicker), Prop("kind", Dropdown));

    public static readonly ContentType NewsItem = Type("newsItem", isElement: false, variesByCulture: true,
        Prop("title", Textstring, variant: true), Prop("publishDate", DatePicker), Prop("tags", Tags), Prop("image", MediaPicker));

    public static readonly ContentType SecretPage = Type("secretPage", isElement: false, variesByCulture: true, Prop("title", Textstring, variant: true));

    public static readonly IReadOnlyList<ContentType> ContentTypes = [HighlightBlock, Home, ContentPage, NewsItem, SecretPage];

    public static TestSnapshot Published(long version = 1) => new(BuildContent(preview: false), BuildMedia(), version: version)
    {
        Dictionary = new Dictionary<string, DictionaryItem>
        {
            ["Nav.Search"] = new(Guid.Empty, "Nav.Search", new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = "Recherche", ["en-US"] = "Search" })),
        },
    };

    public static TestSnapshot Preview() => new(BuildContent(preview: true), BuildMedia(), isPreview: true);

    public static DeliveryApiContext Context(string culture = "fr-FR", DeliveryApiSettings? settings = null, IPublishedSnapshot? snapshot = null, IPublishedSnapshot? live = null) =>
        new(snapshot ?? Published(), culture, Languages, alias => ContentTypes.FirstOrDefault(t => t.Alias == alias),
            settings ?? new DeliveryApiSettings { Enabled = true, DisallowedContentTypeAliases = ["secretPage"] }, live);

    private static List<PublishedContent> BuildContent(bool preview)
    {
        var list = new List<PublishedContent>
        {
            Node(HomeKey, null, Home, 0, [HomeKey], new { latestNewsCount = 3, showInMenu = true, featured = AboutKey.ToString() },
                Culture("fr-FR", "Accueil", "accueil", "/", new
                {
                    title = "Bienvenue",
                    intro = "Le pôle de l'agriculture",
                    highlights = new object[]
                    {
                        new { key = BlockKey, contentType = "highlightBlock", values = new { title = "Adhérer", text = "Rejoignez-nous", link = new object[] { new { name = "Adhérer", contentKey = AboutKey.ToString() } } }, settings = (object?)null },
                    },
                    ctaJoin = new object[]
                    {
                        new { name = (string?)null, contentKey = AboutKey.ToString(), queryString = "?ref=home", target = "_blank" },
                        new { name = "Site", url = "https://example.org/", queryString = "?a=b" },
                        new { name = "Brochure", mediaKey = BrochureKey.ToString() },
                        new { name = "Secret", contentKey = SecretKey.ToString() },
                    },
                }),
                Culture("en-US", "Home", "home", "/", new { title = "Welcome", intro = (string?)null })),
            Node(AboutKey, HomeKey, ContentPage, 0, [HomeKey, AboutKey], new
                {
                    image = new object[] { new { key = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000001"), mediaKey = HeroKey.ToString(), focalPoint = (object?)null, crops = new object[] { new { alias = "thumbnail", width = 400, height = 300, coordinates = new { x1 = 0.1, y1 = 0.2, x2 = 0.3, y2 = 0.4 } } } } },
                    related = News2Key.ToString(), // French only: null in English
                    kind = new[] { "company" },
                },
                Culture("fr-FR", "À propos", "a-propos", "/a-propos/", new
                {
                    title = "À propos",
                    body = $"<p>Voir <a href=\"/{{localLink:{News1Key}}}\" type=\"document\">l'actualité</a> &amp; <a href=\"/{{localLink:{SecretKey}}}\" type=\"document\">secret</a><br/>fin</p><!-- note -->",
                }),
                Culture("en-US", "About us", "about-us", "/about-us/", new { title = "About us" })),
            Node(NewsKey, HomeKey, ContentPage, 1, [HomeKey, NewsKey], new { },
                Culture("fr-FR", "Actualités", "actualites", "/actualites/", new { title = "Actualités" }),
                Culture("en-US", "News", "news", "/news/", new { title = "News" })),
            Node(News1Key, NewsKey, NewsItem, 0, [HomeKey, NewsKey, News1Key], new { publishDate = "2024-03-01T00:00:00", tags = new[] { "innovation", "eau" } },
                Culture("fr-FR", "Nouvelle équipe", "nouvelle-equipe", "/actualites/nouvelle-equipe/", new { title = "Nouvelle équipe" }),
                Culture("en-US", "New team", "new-team", "/news/new-team/", new { title = "New team" }),
                created: new DateTime(2024, 3, 1, 8, 0, 0)),
            Node(News2Key, NewsKey, NewsItem, 1, [HomeKey, NewsKey, News2Key], new { publishDate = "2024-04-01T00:00:00", tags = new[] { "eau" } },
                Culture("fr-FR", "Lancement du site", "lancement-du-site", "/actualites/lancement-du-site/", new { title = "Lancement du site" }),
                created: new DateTime(2024, 4, 1, 8, 0, 0)),
            Node(SecretKey, HomeKey, SecretPage, 2, [HomeKey, SecretKey], new { },
                Culture("fr-FR", "Secret", "secret", "/secret/", new { title = "Secret" }),
                Culture("en-US", "Secret", "secret", "/secret/", new { title = "Secret" })),
        };
        if (preview)
        {
            list.Add(Node(DraftKey, HomeKey, ContentPage, 3, [HomeKey, DraftKey], new { },
                Culture("fr-FR", "Brouillon", "brouillon", "/brouillon/", new { title = "Brouillon" })));
        }

        return list;
    }

    private static List<MediaItem> BuildMedia() =>
    [
        new() { Key = ImagesFolderKey, Name = "Images", MediaTypeAlias = "Folder", CreateDate = Created, UpdateDate = Created },
        new()
        {
            Key = HeroKey, ParentKey = ImagesFolderKey, Name = "Hero", MediaTypeAlias = "Image", Level = 2, Url = "/media/k2l/hero.jpg",
            Width = 1600, Height = 600, Bytes = 245120, Extension = "jpg", FocalPoint = new FocalPoint(0.5, 0.4),
            CreateDate = Created, UpdateDate = Created, AltText = new(StringComparer.OrdinalIgnoreCase) { ["fr-FR"] = "Champ de blé", ["en-US"] = "Wheat field" },
        },
        new()
        {
            Key = BrochureKey, Name = "Brochure", MediaTypeAlias = "File", SortOrder = 1, Url = "/media/zz9/brochure.pdf", Bytes = 1024,
            Extension = "pdf", CreateDate = Created.AddDays(1), UpdateDate = Created.AddDays(1),
        },
    ];

    private static DataType Data(string alias, string editor, string configuration = "{}") =>
        new() { Key = Guid.NewGuid(), Alias = alias, EditorAlias = editor, Configuration = JsonDocument.Parse(configuration).RootElement.Clone() };

    private static PropertyType Prop(string alias, DataType dataType, bool variant = false) =>
        new() { Alias = alias, Name = LocalizedText.Empty, DataType = dataType, VariesByCulture = variant };

    private static ContentType Type(string alias, bool isElement, bool variesByCulture, params PropertyType[] properties) =>
        new() { Key = Guid.NewGuid(), Alias = alias, Name = LocalizedText.Empty, IsElement = isElement, VariesByCulture = variesByCulture, Properties = properties };

    private static PublishedCulture Culture(string culture, string name, string segment, string route, object values) =>
        new() { Culture = culture, Name = name, UrlSegment = segment, Route = route, PublishDate = Created.AddDays(2), Values = ToValues(values) };

    private static PublishedContent Node(Guid key, Guid? parent, ContentType type, int sortOrder, Guid[] path, object invariant, PublishedCulture fr, PublishedCulture? en = null, DateTime? created = null)
    {
        var cultures = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase) { [fr.Culture] = fr };
        if (en is not null)
        {
            cultures[en.Culture] = en;
        }

        return new PublishedContent
        {
            Key = key, ParentKey = parent, ContentType = type, SortOrder = sortOrder, Level = path.Length, PathKeys = path,
            CreateDate = created ?? Created, UpdateDate = (created ?? Created).AddDays(1), Cultures = cultures, InvariantValues = ToValues(invariant),
        };
    }

    private static Dictionary<string, JsonElement> ToValues(object values)
    {
        var element = JsonSerializer.SerializeToElement(values);
        var dict = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in element.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Null)
            {
                dict[p.Name] = p.Value.Clone();
            }
        }

        return dict;
    }
}
