using System.Text.Json;
using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Core.Tests.PublishedCache;

/// <summary>
/// Property-style: random saves, publishes, unpublishes, renames, moves, sorts, creations and deletions applied to a
/// store of items; after each, the snapshot refreshed the way <c>PublishedSnapshotService</c> does (changed keys split
/// into "node only" and subtrees with <see cref="PublishedSnapshotBuilder.KeepsRoutes"/>) must equal a full
/// <see cref="PublishedSnapshotBuilder.Build"/> of the same items: tree order, children, roots, routes, types, nodes.
/// </summary>
public sealed class PublishedSnapshotBuilderRefreshTests
{
    private static readonly string[] Cultures = ["fr-FR", "en-US"];
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "epsilon"];
    private static readonly IReadOnlyDictionary<string, DictionaryItem> NoDictionary = new Dictionary<string, DictionaryItem>();
    private static readonly CmsDefinitions Definitions = CreateDefinitions();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Refresh_RandomWrites_EqualsFullBuild(int seed)
    {
        var store = new Store(new Random(seed));
        var snapshot = PublishedSnapshotBuilder.Build(Definitions, store.Items, [], NoDictionary, 1);
        var incremental = 0;
        for (var step = 0; step < 300; step++)
        {
            var (operation, changed) = store.ApplyRandomWrite();
            var before = snapshot;
            snapshot = RefreshLikeTheService(snapshot, changed, store, step + 2);
            var expected = PublishedSnapshotBuilder.Build(Definitions, store.Items, [], NoDictionary, step + 2);
            AssertSame(expected, snapshot, $"seed {seed}, step {step}, {operation}");
            if (ReferenceEquals(before.Positions, snapshot.Positions))
            {
                incremental++;
            }
        }

        // The copy-on-write path really ran (re-publishes and saves), not only the full re-assembly.
        Assert.True(incremental > 30, $"only {incremental} incremental refreshes");
    }

    [Fact]
    public void Refresh_RepublishKeepingRoutes_SharesRouteMapsAndOldSnapshotUnchanged()
    {
        var store = new Store(new Random(7));
        var snapshot = PublishedSnapshotBuilder.Build(Definitions, store.Items, [], NoDictionary, 1);
        var target = snapshot.All.First(n => n.ParentKey is not null);
        var oldTitle = target.GetString("title", "fr-FR");
        var item = store.Get(target.Key);
        store.Republish(item, "nouveau titre");

        var refreshed = PublishedSnapshotBuilder.Refresh(Definitions, snapshot, [], [item.Key], [item], null, null, 2);

        Assert.Same(snapshot.RouteMaps, refreshed.RouteMaps);
        Assert.Equal("nouveau titre", refreshed.GetById(item.Key)!.GetString("title", "fr-FR"));
        Assert.Equal("nouveau titre", refreshed.GetByRoute("fr-FR", target.Cultures["fr-FR"].Route!)!.GetString("title", "fr-FR"));
        Assert.Equal(oldTitle, snapshot.GetById(item.Key)!.GetString("title", "fr-FR"));
        Assert.Same(target, snapshot.GetByRoute("fr-FR", target.Cultures["fr-FR"].Route!));
        Assert.Contains(refreshed.GetById(item.Key), refreshed.GetChildren(target.ParentKey!.Value));
        Assert.DoesNotContain(refreshed.GetById(item.Key), snapshot.GetChildren(target.ParentKey!.Value));
    }

    [Fact]
    public void Build_DraftSaveOfPublishedNode_PublishedUpdateDateIsLastPublish()
    {
        var store = new Store(new Random(8));
        var item = store.Items.First(i => i.Cultures.Values.Any(c => c.IsPublished));
        var before = PublishedSnapshotBuilder.Build(Definitions, store.Items, [], NoDictionary, 1).GetById(item.Key)!;

        store.SaveDraft(item);
        var after = PublishedSnapshotBuilder.Build(Definitions, store.Items, [], NoDictionary, 2).GetById(item.Key)!;

        Assert.Equal(before.UpdateDate, after.UpdateDate);
        Assert.Equal(item.Cultures.Values.Where(c => c.IsPublished).Max(c => c.PublishDate), after.UpdateDate);
        Assert.NotEqual(item.UpdateDate, after.UpdateDate);
    }

    /// <summary>What PublishedSnapshotService.RefreshAsync reloads for the changed keys, from the store instead of the database.</summary>
    private static PublishedSnapshot RefreshLikeTheService(PublishedSnapshot previous, IReadOnlyCollection<Guid> changed, Store store, long version)
    {
        var subtree = new HashSet<Guid>();
        var nodeOnly = new HashSet<Guid>();
        var reloaded = new List<ContentItem>();
        foreach (var key in changed.Distinct())
        {
            if (store.Find(key) is not { } item)
            {
                subtree.Add(key);
                continue;
            }

            reloaded.Add(item);
            if (PublishedSnapshotBuilder.KeepsRoutes(previous.GetById(key), item))
            {
                nodeOnly.Add(key);
            }
            else
            {
                subtree.Add(key);
                reloaded.AddRange(store.DescendantsOf(key).Where(d => !changed.Contains(d.Key) && !d.Trashed));
            }
        }

        return PublishedSnapshotBuilder.Refresh(Definitions, previous, subtree, nodeOnly, reloaded, null, null, version);
    }

    private static void AssertSame(PublishedSnapshot expected, PublishedSnapshot actual, string because)
    {
        Assert.True(expected.ContentCount == actual.ContentCount, $"{because}: count {expected.ContentCount} != {actual.ContentCount}");
        Assert.True(expected.All.Select(n => n.Key).SequenceEqual(actual.All.Select(n => n.Key)), $"{because}: tree order differs");
        Assert.True(expected.Roots.Select(n => n.Key).SequenceEqual(actual.Roots.Select(n => n.Key)), $"{because}: roots differ");
        foreach (var node in expected.All)
        {
            var other = actual.GetById(node.Key);
            Assert.True(other is not null, $"{because}: {node.Key} missing");
            Assert.True(Describe(node) == Describe(other!), $"{because}: node differs\n{Describe(node)}\n{Describe(other!)}");
            Assert.True(
                expected.GetChildren(node.Key).Select(c => c.Key).SequenceEqual(actual.GetChildren(node.Key).Select(c => c.Key)),
                $"{because}: children of {node.Key} differ");
            Assert.True(expected.GetChildren(node.Key).All(c => ReferenceEquals(c, actual.GetById(c.Key)) || Describe(c) == Describe(actual.GetById(c.Key)!)), $"{because}: stale child");
            foreach (var culture in node.Cultures.Values.Where(c => c.Route is not null))
            {
                Assert.True(
                    expected.GetByRoute(culture.Culture, culture.Route!)!.Key == actual.GetByRoute(culture.Culture, culture.Route!)?.Key,
                    $"{because}: route {culture.Culture} {culture.Route} resolves differently");
                Assert.True(ReferenceEquals(actual.GetByRoute(culture.Culture, culture.Route!), actual.GetById(actual.GetByRoute(culture.Culture, culture.Route!)!.Key)), $"{because}: route points at a stale node");
            }
        }

        foreach (var alias in new[] { "page", "news" })
        {
            Assert.True(expected.GetByContentType(alias).Select(n => n.Key).SequenceEqual(actual.GetByContentType(alias).Select(n => n.Key)), $"{because}: {alias} list differs");
            Assert.True(actual.GetByContentType(alias).All(n => ReferenceEquals(n, actual.GetById(n.Key))), $"{because}: {alias} list holds a stale node");
        }

        Assert.True(actual.All.Select((n, i) => (n, i)).All(p => ReferenceEquals(actual.GetById(p.n.Key), p.n)), $"{because}: positions out of step");
    }

    private static string Describe(PublishedContent node) =>
        string.Join(
            "|",
            node.Key,
            node.ParentKey,
            node.ContentType.Alias,
            node.SortOrder,
            node.Level,
            string.Join(",", node.PathKeys),
            node.CreateDate.Ticks,
            node.UpdateDate.Ticks,
            string.Join(";", node.Cultures.Values.OrderBy(c => c.Culture, StringComparer.Ordinal).Select(c =>
                $"{c.Culture}:{c.Name}:{c.UrlSegment}:{c.Route}:{c.PublishDate.Ticks}:{string.Join(",", c.Values.Select(v => v.Key + "=" + v.Value.GetRawText()))}")));

    private static CmsDefinitions CreateDefinitions()
    {
        var text = new DataType { Key = Guid.NewGuid(), Alias = "textstring", EditorAlias = PropertyEditorAliases.TextBox };
        var name = new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = "Page", ["en-US"] = "Page" });
        ContentType Type(string alias) => new()
        {
            Key = Guid.NewGuid(),
            Alias = alias,
            Name = name,
            AllowedAtRoot = true,
            AllowedChildren = ["page", "news"],
            Properties = [new PropertyType { Alias = "title", Name = name, DataType = text, VariesByCulture = true }],
        };
        return new CmsDefinitions(
            "/tests",
            [new Language("fr-FR", "Français", true, true, null), new Language("en-US", "English", false, false, "fr-FR")],
            [new DomainBinding("fr-FR", null, "/"), new DomainBinding("en-US", null, "/en")],
            new Dictionary<string, DataType> { ["textstring"] = text },
            new Dictionary<string, ContentType>(StringComparer.OrdinalIgnoreCase) { ["page"] = Type("page"), ["news"] = Type("news") },
            []);
    }

    /// <summary>The "database": items written in place, as ContentService would leave them.</summary>
    private sealed class Store
    {
        private readonly Random _random;
        private readonly List<ContentItem> _items = [];
        private DateTime _clock = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public Store(Random random)
        {
            _random = random;
            var home = Create(null, published: true);
            for (var i = 0; i < 6; i++)
            {
                var section = Create(home.Key, published: true);
                for (var j = 0; j < 5; j++)
                {
                    var page = Create(section.Key, published: _random.Next(4) > 0);
                    if (_random.Next(3) == 0)
                    {
                        Create(page.Key, published: true);
                    }
                }
            }

            // A second top-level node also at "/": the first in tree order wins the route.
            Create(null, published: true);
        }

        public IReadOnlyList<ContentItem> Items => _items;

        public ContentItem Get(Guid key) => _items.First(i => i.Key == key);

        public ContentItem? Find(Guid key) => _items.FirstOrDefault(i => i.Key == key);

        public IEnumerable<ContentItem> DescendantsOf(Guid key)
        {
            var queue = new Queue<Guid>([key]);
            while (queue.TryDequeue(out var parent))
            {
                foreach (var child in _items.Where(i => i.ParentKey == parent))
                {
                    yield return child;
                    queue.Enqueue(child.Key);
                }
            }
        }

        public (string Operation, IReadOnlyCollection<Guid> Changed) ApplyRandomWrite()
        {
            if (_items.Count < 8)
            {
                var root = Create(null, published: true);
                return ("create root", [root.Key]);
            }

            var item = _items[_random.Next(_items.Count)];
            switch (_random.Next(12))
            {
                case 0:
                case 1:
                case 2:
                    Republish(item, Words[_random.Next(Words.Length)] + _random.Next(100));
                    return ("republish", [item.Key]);
                case 3:
                case 4:
                    SaveDraft(item);
                    return ("save", [item.Key]);
                case 5:
                    var culture = Cultures[_random.Next(2)];
                    if (item.Cultures[culture].IsPublished)
                    {
                        Unpublish(item.Cultures[culture]);
                    }
                    else
                    {
                        Publish(item, culture);
                    }

                    item.UpdateDate = Tick();
                    return ("toggle " + culture, [item.Key]);
                case 6:
                    var variation = item.Cultures[Cultures[_random.Next(2)]];
                    variation.UrlSegment = Words[_random.Next(Words.Length)];
                    variation.Name = variation.UrlSegment;
                    if (variation.IsPublished)
                    {
                        Publish(item, variation.Culture);
                    }

                    return ("rename", [item.Key]);
                case 7:
                    var target = _items[_random.Next(_items.Count)];
                    if (target.Key == item.Key || DescendantsOf(item.Key).Any(d => d.Key == target.Key))
                    {
                        return ("move refused", [item.Key]);
                    }

                    item.ParentKey = _random.Next(5) == 0 ? null : target.Key;
                    item.SortOrder = _items.Where(i => i.ParentKey == item.ParentKey && i.Key != item.Key).Select(i => i.SortOrder).DefaultIfEmpty(-1).Max() + 1;
                    item.UpdateDate = Tick();
                    return ("move", [item.Key]);
                case 8:
                    var siblings = _items.Where(i => i.ParentKey == item.ParentKey).OrderBy(_ => _random.Next()).ToList();
                    var changed = new List<Guid>();
                    for (var i = 0; i < siblings.Count; i++)
                    {
                        if (siblings[i].SortOrder != i)
                        {
                            siblings[i].SortOrder = i;
                            changed.Add(siblings[i].Key);
                        }
                    }

                    return ("sort", changed);
                case 9:
                    var created = Create(_random.Next(6) == 0 ? null : item.Key, published: _random.Next(3) > 0);
                    return ("create", [created.Key]);
                case 10:
                    var gone = DescendantsOf(item.Key).Select(d => d.Key).Append(item.Key).ToHashSet();
                    _items.RemoveAll(i => gone.Contains(i.Key));
                    return ("delete", [item.Key]);
                default:
                    foreach (var c in item.Cultures.Values.Where(c => c.IsPublished))
                    {
                        Unpublish(c);
                    }

                    item.PublishedInvariantValues = null;
                    return ("unpublish all", [item.Key]);
            }
        }

        public void Republish(ContentItem item, string title)
        {
            foreach (var variation in item.Cultures.Values)
            {
                variation.Values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase) { ["title"] = JsonSerializer.SerializeToElement(title) };
                if (variation.IsPublished)
                {
                    Publish(item, variation.Culture);
                }
            }
        }

        public void SaveDraft(ContentItem item)
        {
            var now = Tick();
            item.UpdateDate = now;
            foreach (var variation in item.Cultures.Values)
            {
                variation.Values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase) { ["title"] = JsonSerializer.SerializeToElement("draft " + now.Ticks) };
                variation.UpdateDate = now;
            }
        }

        private void Publish(ContentItem item, string culture)
        {
            var now = Tick();
            var variation = item.Cultures[culture];
            variation.IsPublished = true;
            variation.PublishedName = variation.Name;
            variation.PublishedUrlSegment = variation.UrlSegment;
            variation.PublishedValues = new Dictionary<string, JsonElement>(variation.Values, StringComparer.OrdinalIgnoreCase);
            variation.PublishDate = now;
            variation.UpdateDate = now;
            item.PublishedInvariantValues = [];
            item.UpdateDate = now;
        }

        private static void Unpublish(ContentCultureVariation variation)
        {
            variation.IsPublished = false;
            variation.PublishedName = null;
            variation.PublishedUrlSegment = null;
            variation.PublishedValues = null;
        }

        private ContentItem Create(Guid? parent, bool published)
        {
            var now = Tick();
            var item = new ContentItem
            {
                Key = Guid.NewGuid(),
                ParentKey = parent,
                ContentTypeAlias = _random.Next(3) == 0 ? "news" : "page",
                SortOrder = _random.Next(4), // ties: the creation date and then the key decide
                CreateDate = _random.Next(4) == 0 ? _clock.AddSeconds(-5) : now,
                UpdateDate = now,
            };
            foreach (var culture in Cultures)
            {
                var word = Words[_random.Next(Words.Length)];
                item.Cultures[culture] = new ContentCultureVariation { Culture = culture, Name = word, UrlSegment = word };
            }

            Republish(item, "title");
            if (published)
            {
                Publish(item, "fr-FR");
                if (_random.Next(3) > 0)
                {
                    Publish(item, "en-US");
                }
            }

            _items.Add(item);
            return item;
        }

        private DateTime Tick() => _clock = _clock.AddSeconds(1);
    }
}
