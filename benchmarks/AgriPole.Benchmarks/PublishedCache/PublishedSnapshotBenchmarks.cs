using System.Text.Json;
using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using BenchmarkDotNet.Attributes;

namespace AgriPole.Benchmarks.PublishedCache;

/// <summary>
/// The published snapshot at 10,000 nodes (a home, 100 sections of 99 pages, two cultures): a full build, the
/// incremental refreshes a publish triggers, and the route lookup every page request makes.
/// </summary>
[MemoryDiagnoser]
public class PublishedSnapshotBenchmarks
{
    private CmsDefinitions _definitions = null!;
    private List<ContentItem> _items = null!;
    private PublishedSnapshot _snapshot = null!;
    private ContentItem _leaf = null!;
    private ContentItem _leafMovedAmongSiblings = null!;
    private List<ContentItem> _section = null!;
    private Dictionary<string, DictionaryItem> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new DataType { Key = Guid.NewGuid(), Alias = "textstring", EditorAlias = PropertyEditorAliases.TextBox };
        var name = new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = "Page", ["en-US"] = "Page" });
        var page = new ContentType
        {
            Key = Guid.NewGuid(),
            Alias = "page",
            Name = name,
            AllowedAtRoot = true,
            AllowedChildren = ["page"],
            Properties = [new PropertyType { Alias = "title", Name = name, DataType = text, VariesByCulture = true }],
        };
        _definitions = new CmsDefinitions(
            "/bench",
            [new Language("fr-FR", "Français", true, true, null), new Language("en-US", "English", false, false, "fr-FR")],
            [new DomainBinding("fr-FR", null, "/"), new DomainBinding("en-US", null, "/en")],
            new Dictionary<string, DataType> { ["textstring"] = text },
            new Dictionary<string, ContentType>(StringComparer.OrdinalIgnoreCase) { ["page"] = page },
            []);
        _dictionary = [];
        var home = Item(null, "home");
        _items = [home];
        for (var s = 0; s < 100; s++)
        {
            var section = Item(home, $"section-{s}");
            _items.Add(section);
            var children = new List<ContentItem> { section };
            for (var p = 0; p < 99; p++)
            {
                var item = Item(section, $"page-{s}-{p}");
                _items.Add(item);
                children.Add(item);
            }

            if (s == 50)
            {
                _section = children;
                _leaf = children[50];
            }
        }

        _snapshot = PublishedSnapshotBuilder.Build(_definitions, _items, [], _dictionary, 1);

        // The same leaf after a sort: its place among its siblings changes, so the refresh re-assembles everything.
        _leafMovedAmongSiblings = Item(_section[0], "page-50-50");
        _leafMovedAmongSiblings.Key = _leaf.Key;
        _leafMovedAmongSiblings.Path = _leaf.Path;
        _leafMovedAmongSiblings.SortOrder = 1000;
    }

    [Benchmark]
    public int FullBuild() => PublishedSnapshotBuilder.Build(_definitions, _items, [], _dictionary, 2).ContentCount;

    /// <summary>A re-publish that keeps the page's place and routes: the copy-on-write path.</summary>
    [Benchmark]
    public int RefreshLeaf() => PublishedSnapshotBuilder.Refresh(_definitions, _snapshot, [], [_leaf.Key], [_leaf], null, null, 2).ContentCount;

    /// <summary>The same one-node refresh when its sort order changed: the full re-assembly every publish paid before.</summary>
    [Benchmark]
    public int RefreshLeafReassembled() => PublishedSnapshotBuilder.Refresh(_definitions, _snapshot, [], [_leaf.Key], [_leafMovedAmongSiblings], null, null, 2).ContentCount;

    [Benchmark]
    public int RefreshSubtree() => PublishedSnapshotBuilder.Refresh(_definitions, _snapshot, [_section[0].Key], [], _section, null, null, 2).ContentCount;

    [Benchmark]
    public PublishedContent? GetByRoute() => _snapshot.GetByRoute("en-US", "/section-50/page-50-50/");

    [Benchmark]
    public PublishedContent? GetByRouteWithoutSlashes() => _snapshot.GetByRoute("en-US", "Section-50/Page-50-50");

    private static ContentItem Item(ContentItem? parent, string segment)
    {
        var key = Guid.NewGuid();
        var item = new ContentItem
        {
            Key = key,
            ParentKey = parent?.Key,
            ContentTypeAlias = "page",
            Path = parent is null ? key.ToString() : parent.Path + "," + key,
            PublishedInvariantValues = [],
        };
        foreach (var culture in new[] { "fr-FR", "en-US" })
        {
            var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase) { ["title"] = JsonSerializer.SerializeToElement(segment) };
            item.Cultures[culture] = new ContentCultureVariation
            {
                Culture = culture,
                Name = segment,
                UrlSegment = segment,
                IsPublished = true,
                PublishedName = segment,
                PublishedUrlSegment = segment,
                PublishedValues = values,
            };
        }

        return item;
    }
}
