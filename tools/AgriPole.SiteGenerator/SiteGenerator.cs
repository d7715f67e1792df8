using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgriPole.Cms.Core.Text;

namespace AgriPole.SiteGenerator;

/// <summary>
/// Generates a large bilingual site as umbraco-config seed files: the definitions are copied from the source folder,
/// content/ and media/ are replaced. Everything (keys, names, dates) comes from one seeded <see cref="Random"/>, so the
/// same options always give byte-identical files.
/// </summary>
public sealed class SiteGenerator(GeneratorOptions options)
{
    private const string Fr = "fr-FR";
    private const string En = "en-US";
    private const int ChunkSize = 1_000;
    private static readonly DateTime Epoch = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = false };

    private readonly Random _random = new(options.Seed);
    private readonly List<JsonObject> _content = [];
    private readonly List<JsonObject> _media = [];
    private readonly List<Guid> _logoKeys = [];
    private readonly List<Guid> _photoKeys = [];
    private readonly Dictionary<Guid, (string Fr, string En)> _routes = [];

    public GeneratorResult Run()
    {
        var source = options.Source ?? FindConfigFolder();
        CopyDefinitions(source, options.Output);

        GenerateMedia();
        GenerateContent();

        WriteChunks(Path.Combine(options.Output, "content"), "generated", _content);
        WriteChunks(Path.Combine(options.Output, "media"), "generated", _media);

        var manifestPath = options.Manifest ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Output))!, "bench-manifest.json");
        var manifest = SiteDescriber.Describe(options.Output);
        manifest["seed"] = options.Seed;
        File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var members = _content.Count(n => (string?)n["contentType"] == "member");
        return new GeneratorResult(_content.Count - members, members, _media.Count);
    }

    private static string FindConfigFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "umbraco-config");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("no umbraco-config folder found above the current folder; pass --source");
    }

    /// <summary>Copies everything but the seed (content/, media/) so the generated site uses the real definitions.</summary>
    private static void CopyDefinitions(string source, string output)
    {
        if (!Directory.Exists(source))
        {
            throw new ArgumentException($"source folder {source} does not exist");
        }

        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "content" or "media")
            {
                continue;
            }

            var target = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(output, "content"));
        Directory.CreateDirectory(Path.Combine(output, "media"));
    }

    private void GenerateMedia()
    {
        var logos = NewKey();
        var photos = NewKey();
        _media.Add(MediaFolder(logos, "Logos", 0));
        _media.Add(MediaFolder(photos, "Photos", 1));

        var images = Math.Max(0, options.Media - 2);
        var logoCount = Math.Min(images, Math.Max(1, options.Members));
        for (var i = 0; i < images; i++)
        {
            var isLogo = i < logoCount;
            var key = NewKey();
            (isLogo ? _logoKeys : _photoKeys).Add(key);
            var topic = Pick(Vocabulary.Topics);
            var text = string.Concat(topic.En.Where(char.IsUpper).Take(2)).PadRight(2, 'X');
            _media.Add(new JsonObject
            {
                ["key"] = key.ToString(),
                ["parentKey"] = (isLogo ? logos : photos).ToString(),
                ["name"] = isLogo ? $"Logo {i + 1}" : $"Photo {topic.En} {i + 1}",
                ["mediaTypeAlias"] = "Image",
                ["generate"] = new JsonObject
                {
                    ["kind"] = isLogo ? "placeholderLogo" : "placeholderImage",
                    ["text"] = text,
                    ["background"] = $"#{_random.Next(0x20, 0x90):x2}{_random.Next(0x40, 0xa0):x2}{_random.Next(0x20, 0x70):x2}",
                    ["width"] = isLogo ? 320 : 400,
                    ["height"] = isLogo ? 160 : 225,
                },
                ["altText"] = new JsonObject
                {
                    [Fr] = isLogo ? $"Logo de l'organisation {i + 1}" : $"Illustration : {topic.Fr}",
                    [En] = isLogo ? $"Logo of organisation {i + 1}" : $"Illustration: {topic.En}",
                },
                ["focalPoint"] = new JsonObject { ["left"] = 0.5, ["top"] = 0.5 },
            });
        }
    }

    private static JsonObject MediaFolder(Guid key, string name, int sortOrder) => new()
    {
        ["key"] = key.ToString(),
        ["parentKey"] = null,
        ["name"] = name,
        ["mediaTypeAlias"] = "Folder",
        ["sortOrder"] = sortOrder,
    };

    private void GenerateContent()
    {
        var home = AddNode(null, "home", ("Accueil", "Home"), 0, (culture, _) => new JsonObject
        {
            ["title"] = culture == Fr ? "Agri Sud-Ouest Innovation" : "Agri Sud-Ouest Innovation",
            ["intro"] = culture == Fr
                ? "Le pôle de compétitivité de l'agriculture et de l'agroalimentaire du Sud-Ouest (site de test généré)."
                : "The competitiveness cluster for agriculture and agri-food in south-west France (generated test site).",
            ["membersWallTitle"] = culture == Fr ? "Nos membres" : "Our members",
        }, invariant: new JsonObject { ["latestNewsCount"] = 3 });

        var policy = AddNode(home, "policyPage", ("Feuille de route", "Roadmap"), 1, PageValues, Menu(true));
        var members = AddNode(home, "membersDirectory", ("Membres", "Members"), 2, IntroValues, Menu(true));
        var news = AddNode(home, "newsList", ("Actualités", "News"), 3, IntroValues, Menu(true));
        AddNode(home, "contactPage", ("Contact", "Contact"), 4, (c, n) => IntroValues(c, n), new JsonObject
        {
            ["showInMenu"] = true, ["showInFooter"] = true, ["noIndex"] = false, ["form"] = "contact",
        });
        AddNode(home, "searchPage", ("Recherche", "Search"), 5, IntroValues, Menu(false));
        AddNode(home, "errorPage", ("Page introuvable", "Page not found"), 6, (c, n) => new JsonObject
        {
            ["title"] = n,
            ["body"] = c == Fr ? "<p>Cette page n'existe pas.</p>" : "<p>This page does not exist.</p>",
        }, new JsonObject { ["showInMenu"] = false, ["showInFooter"] = false, ["noIndex"] = true });
        AddNode(home, "sitemapPage", ("Plan du site", "Sitemap"), 7, IntroValues, Menu(false, footer: true));
        var fixedCount = _content.Count;

        var remaining = options.Pages - fixedCount;
        var newsCount = remaining / 5;
        var policyCount = remaining / 20;
        var pageCount = remaining - newsCount - policyCount;

        for (var i = 0; i < policyCount; i++)
        {
            AddNode(policy, "contentPage", NumberedName(i + 1), i, PageValues, Menu(false));
        }

        for (var i = 0; i < newsCount; i++)
        {
            AddNewsItem(news, i);
        }

        AddContentTree(home, pageCount);

        for (var i = 0; i < options.Members; i++)
        {
            AddMember(members, i);
        }
    }

    /// <summary>Sections of nested content pages, filled breadth-first down to level 6.</summary>
    private void AddContentTree(Guid home, int count)
    {
        const int branching = 7;
        const int maxLevel = 6;
        var sections = Math.Clamp(count / 400, 1, 20);
        var queue = new Queue<(Guid Key, int Level)>();
        var made = 0;
        for (var i = 0; i < sections && made < count; i++, made++)
        {
            var section = AddNode(home, "contentPage", NumberedName(made + 1), 10 + i, PageValues, Menu(i < 4, footer: i < 2));
            queue.Enqueue((section, 2));
        }

        while (made < count && queue.Count > 0)
        {
            var (parent, level) = queue.Dequeue();
            for (var c = 0; c < branching && made < count; c++, made++)
            {
                var page = AddNode(parent, "contentPage", NumberedName(made + 1), c, PageValues, Menu(false));
                if (level + 1 < maxLevel)
                {
                    queue.Enqueue((page, level + 1));
                }
            }

            if (queue.Count == 0 && made < count)
            {
                // Every branch reached the maximum depth: widen the sections rather than go deeper.
                queue.Enqueue((home, 1));
            }
        }
    }

    private void AddNewsItem(Guid parent, int index)
    {
        var topic = Pick(Vocabulary.Topics);
        var date = Epoch.AddDays(-index).AddMinutes(_random.Next(0, 600));
        var invariant = new JsonObject
        {
            ["showInMenu"] = false, ["showInFooter"] = false, ["noIndex"] = false,
            ["publishDate"] = date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            ["tags"] = new JsonArray(topic.En.ToLowerInvariant(), Pick(Vocabulary.Places).ToLowerInvariant()),
        };
        if (_photoKeys.Count > 0)
        {
            invariant["image"] = MediaPicker(_photoKeys[index % _photoKeys.Count]);
        }

        var name = ($"{topic.Fr} : actualité {index + 1}", $"{topic.En}: news {index + 1}");
        AddNode(parent, "newsItem", name, index, PageValues, invariant);
    }

    private void AddMember(Guid parent, int index)
    {
        var topic = Pick(Vocabulary.Topics);
        var place = Pick(Vocabulary.Places);
        var organisation = $"{place} {topic.Fr} {index + 1}";
        var invariant = new JsonObject
        {
            ["organisationName"] = organisation,
            ["kind"] = new JsonArray(Pick(Vocabulary.MemberKinds)),
            ["department"] = new JsonArray(Pick(Vocabulary.Departments)),
            ["website"] = $"https://example.org/membres/{index + 1}",
            ["isExample"] = true,
            ["showInMenu"] = false, ["showInFooter"] = false, ["noIndex"] = false,
        };
        if (_logoKeys.Count > 0)
        {
            invariant["logo"] = MediaPicker(_logoKeys[index % _logoKeys.Count]);
        }

        AddNode(parent, "member", (organisation, organisation), index, (culture, _) => new JsonObject
        {
            ["description"] = culture == Fr
                ? $"Membre exemple actif en {topic.Fr.ToLowerInvariant()} autour de {place}. {Sentence().Fr}"
                : $"Example member working on {topic.En.ToLowerInvariant()} around {place}. {Sentence().En}",
        }, invariant);
    }

    private JsonObject MediaPicker(Guid mediaKey) => new()
    {
        ["value"] = new JsonArray(new JsonObject
        {
            ["key"] = NewKey().ToString(),
            ["mediaKey"] = mediaKey.ToString(),
            ["focalPoint"] = null,
            ["crops"] = new JsonArray(),
        }),
    };

    private Guid AddNode(Guid? parent, string contentType, (string Fr, string En) name, int sortOrder,
        Func<string, string, JsonObject> cultureValues, JsonObject? invariant = null)
    {
        var key = NewKey();
        var segments = (Fr: UrlSegments.FromName(name.Fr), En: UrlSegments.FromName(name.En));
        var (frRoute, enRoute) = parent is { } p && _routes.TryGetValue(p, out var pr)
            ? (pr.Fr + segments.Fr + "/", pr.En + segments.En + "/")
            : ("/", "/en/");
        if (parent is { } pk && !_routes.ContainsKey(pk))
        {
            throw new InvalidOperationException("parents are generated before their children");
        }

        // The top-level home is hidden from paths: its children sit right under the culture root.
        _routes[key] = (frRoute, enRoute);
        var values = invariant ?? new JsonObject();
        if (values["value"] is not null)
        {
            throw new InvalidOperationException("invariant values are property aliases");
        }

        _content.Add(new JsonObject
        {
            ["key"] = key.ToString(),
            ["parentKey"] = parent?.ToString(),
            ["contentType"] = contentType,
            ["sortOrder"] = sortOrder,
            ["values"] = FlattenPickers(values),
            ["cultures"] = new JsonObject
            {
                [Fr] = CultureObject(name.Fr, segments.Fr, parent is null, cultureValues(Fr, name.Fr)),
                [En] = CultureObject(name.En, segments.En, parent is null, cultureValues(En, name.En)),
            },
        });
        return key;
    }

    /// <summary>Media picker values are built wrapped (to keep their shape readable above); the stored value is the array.</summary>
    private static JsonObject FlattenPickers(JsonObject values)
    {
        foreach (var alias in values.Select(kv => kv.Key).ToList())
        {
            if (values[alias] is JsonObject { Count: 1 } wrapper && wrapper["value"] is JsonArray array)
            {
                wrapper.Remove("value");
                values[alias] = array;
            }
        }

        return values;
    }

    private static JsonObject CultureObject(string name, string segment, bool isRoot, JsonObject values) => new()
    {
        ["name"] = name,
        ["urlSegment"] = isRoot ? null : segment,
        ["published"] = true,
        ["values"] = values,
    };

    private JsonObject PageValues(string culture, string name)
    {
        var s1 = Sentence();
        var s2 = Sentence();
        var s3 = Sentence();
        var fr = culture == Fr;
        return new JsonObject
        {
            ["title"] = name,
            ["summary"] = fr ? s1.Fr : s1.En,
            ["body"] = $"<p>{(fr ? s1.Fr : s1.En)}</p><h2>{(fr ? "Objectifs" : "Goals")}</h2><p>{(fr ? s2.Fr : s2.En)}</p><p>{(fr ? s3.Fr : s3.En)}</p>",
            ["metaTitle"] = name,
            ["metaDescription"] = fr ? s2.Fr : s2.En,
        };
    }

    private static JsonObject IntroValues(string culture, string name) => new()
    {
        ["title"] = name,
        ["intro"] = culture == Fr ? $"{name} du pôle Agri Sud-Ouest Innovation." : $"{name} of the Agri Sud-Ouest Innovation cluster.",
    };

    private static JsonObject Menu(bool menu, bool footer = false) => new()
    {
        ["showInMenu"] = menu, ["showInFooter"] = footer, ["noIndex"] = false,
    };

    private (string Fr, string En) NumberedName(int number)
    {
        var kind = Pick(Vocabulary.Kinds);
        var topic = Pick(Vocabulary.Topics);
        var qualifier = Pick(Vocabulary.Qualifiers);
        return ($"{kind.Fr} {topic.Fr.ToLowerInvariant()} {qualifier.Fr} {number}", $"{qualifier.En} {topic.En.ToLowerInvariant()} {kind.En.ToLowerInvariant()} {number}");
    }

    private (string Fr, string En) Sentence() => Pick(Vocabulary.Sentences);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private Guid NewKey()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0f) | 0x40); // version 4 layout, as Guid.NewGuid() gives
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        return new Guid(bytes);
    }

    private static void WriteChunks(string folder, string prefix, List<JsonObject> items)
    {
        for (var start = 0; start < items.Count; start += ChunkSize)
        {
            var chunk = new JsonArray(items.Skip(start).Take(ChunkSize).Select(i => (JsonNode)i.DeepClone()).ToArray());
            var file = Path.Combine(folder, $"{prefix}-{start / ChunkSize:D3}.json");
            File.WriteAllText(file, new JsonObject { ["items"] = chunk }.ToJsonString(WriteOptions));
        }
    }
}

public sealed record GeneratorResult(int Pages, int Members, int Media);
