using System.Text;
using System.Text.Json;
using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Benchmarks;

/// <summary>
/// A synthetic site of N content pages in French and English under one home, built with the real umbraco-config
/// definitions and snapshot builder; deterministic text from small agricultural vocabularies.
/// </summary>
public static class SearchCorpus
{
    private static readonly string[] French =
    [
        "agriculture", "pôle", "compétitivité", "innovation", "coopérative", "vigne", "céréales", "irrigation", "eau", "sol",
        "recherche", "laboratoire", "formation", "entreprise", "projet", "financement", "adhérer", "réseau", "territoire",
        "élevage", "numérique", "capteurs", "agroécologie", "semences", "vergers", "maraîchage", "climat", "énergie",
        "méthanisation", "biocontrôle", "filière", "qualité", "export", "emploi", "région", "Occitanie", "Nouvelle-Aquitaine",
    ];

    private static readonly string[] English =
    [
        "agriculture", "cluster", "competitiveness", "innovation", "cooperative", "vineyard", "cereals", "irrigation", "water",
        "soil", "research", "lab", "training", "company", "project", "funding", "join", "network", "region", "livestock",
        "digital", "sensors", "agroecology", "seeds", "orchards", "market", "gardening", "climate", "energy", "biogas",
        "biocontrol", "supply", "chain", "quality", "export", "jobs", "members", "joined",
    ];

    public static ICmsDefinitions LoadDefinitions() =>
        CmsDefinitionsLoader.Load(CmsConfigFolder.Resolve(null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory));

    public static IPublishedSnapshot Build(ICmsDefinitions definitions, int pages, int seed = 42)
    {
        var random = new Random(seed);
        var home = Item("home", null, "Accueil", "Home", random, 0);
        var items = new List<ContentItem>(pages + 1) { home };
        for (var i = 0; i < pages; i++)
        {
            // Two levels: every 100th page is a section under home holding the next 99.
            var parentKey = i % 100 == 0 ? home.Key : items[1 + (i / 100 * 100)].Key;
            items.Add(Item("contentPage", parentKey, $"Page {i}", $"Page {i}", random, i));
        }

        return PublishedSnapshotBuilder.Build(definitions, items, [], new Dictionary<string, DictionaryItem>(), 1);
    }

    private static ContentItem Item(string type, Guid? parent, string frName, string enName, Random random, int n)
    {
        var item = new ContentItem { ContentTypeAlias = type, ParentKey = parent, SortOrder = n };
        item.Cultures["fr-FR"] = Variation("fr-FR", frName, $"fr-{n}", French, random);
        item.Cultures["en-US"] = Variation("en-US", enName, $"en-{n}", English, random);
        item.PublishedInvariantValues = new(StringComparer.OrdinalIgnoreCase);
        return item;
    }

    private static ContentCultureVariation Variation(string culture, string name, string segment, string[] words, Random random)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase)
        {
            ["title"] = JsonSerializer.SerializeToElement(Sentence(words, random, 5)),
            ["summary"] = JsonSerializer.SerializeToElement(Sentence(words, random, 18)),
            ["body"] = JsonSerializer.SerializeToElement($"<p>{Sentence(words, random, 60)}</p><p>{Sentence(words, random, 60)}</p>"),
        };
        return new ContentCultureVariation
        {
            Culture = culture,
            Name = name,
            UrlSegment = segment,
            Values = values,
            IsPublished = true,
            PublishedName = name,
            PublishedUrlSegment = segment,
            PublishedValues = values,
            PublishDate = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
    }

    private static string Sentence(string[] words, Random random, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(i == 0 ? string.Empty : " ").Append(words[random.Next(words.Length)]);
        }

        return sb.Append('.').ToString();
    }
}
