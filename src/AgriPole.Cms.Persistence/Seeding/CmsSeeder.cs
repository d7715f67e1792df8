using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Core.Text;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Persistence.Seeding;

/// <summary>
/// Imports umbraco-config/content/*.json and media/*.json (file-name order) and dictionary.json. Idempotent by GUID key:
/// running it again adds only the keys the database lacks, so editors' changes to seeded items survive.
/// Seed files are validated like any config: a broken one stops the app naming the file and the field.
/// </summary>
public sealed partial class CmsSeeder(
    CmsDbContextFactory dbFactory,
    ICmsDefinitions definitions,
    CmsNodeIdentity node,
    TimeProvider clock,
    ILogger<CmsSeeder> logger,
    IPlaceholderImageGenerator? imageGenerator = null)
{
    public const string ContentFolder = "content";
    public const string MediaFolder = "media";

    /// <summary>True when no document exists yet (the condition for seeding at start).</summary>
    public async Task<bool> IsDatabaseEmptyAsync(CancellationToken cancellationToken = default)
    {
        // Plain SQL: this runs at every start, and EF's first query costs more than the answer is worth.
        await using var connection = await dbFactory.OpenConnectionAsync(cancellationToken);
        await using var command = SqlReader.Command(connection, "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM \"umbracoNode\" LIMIT 1) a) + (SELECT COUNT(*) FROM (SELECT 1 FROM \"umbracoMedia\" LIMIT 1) b)");
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return count == 0;
    }

    /// <summary>Adds the missing seed media and content; returns how many items were added.</summary>
    public async Task<(int Media, int Content)> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var media = await SeedMediaAsync(db, cancellationToken);
        var content = await SeedContentAsync(db, cancellationToken);
        if (media.Count + content.Count > 0)
        {
            db.CacheInstructions.Add(new CacheInstructionEntity
            {
                UtcStamp = clock.GetUtcNow().UtcDateTime,
                Originator = node.Id,
                Instructions = ContentMapper.Serialize(CacheInstruction.From(new ContentChangeSet(content, media))),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (media.Count + content.Count > 0)
        {
            logger.LogInformation("Seeded {Media} media item(s) and {Content} document(s) from {Folder}", media.Count, content.Count, definitions.ConfigFolder);
        }

        return (media.Count, content.Count);
    }

    /// <summary>Adds dictionary.json items whose key (or item key) is not in the database yet; returns how many.</summary>
    public async Task<int> ImportDictionaryAsync(IReadOnlyList<DictionaryItem> items, CancellationToken cancellationToken = default)
    {
        var keys = new HashSet<Guid>();
        var itemKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var connection = await dbFactory.OpenConnectionAsync(cancellationToken))
        await using (var command = SqlReader.Command(connection, "SELECT \"Key\", \"ItemKey\" FROM \"cmsDictionary\""))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetGuid(0));
                itemKeys.Add(reader.GetString(1));
            }
        }

        var missing = items.Where(i => !keys.Contains(i.Key) && !itemKeys.Contains(i.ItemKey)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        await using var db = dbFactory.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var item in missing)
        {

            db.DictionaryItems.Add(new DictionaryEntity
            {
                Key = item.Key,
                ItemKey = item.ItemKey,
                Values = ContentMapper.Serialize(item.Values.Values),
                UpdateDate = now,
            });
            added++;
        }

        if (added > 0)
        {
            db.CacheInstructions.Add(new CacheInstructionEntity
            {
                UtcStamp = now,
                Originator = node.Id,
                Instructions = ContentMapper.Serialize(new CacheInstruction([], [], true, false)),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private static IEnumerable<string> SeedFiles(string folder, string sub)
    {
        var dir = Path.Combine(folder, sub);
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.json").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).Select(f => sub + "/" + Path.GetFileName(f))
            : [];
    }

    private async Task<List<Guid>> SeedContentAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var nodes = await db.ContentNodes.Include(n => n.Cultures).AsSplitQuery().ToListAsync(cancellationToken);
        var known = nodes.ToDictionary(n => n.Key);
        var children = nodes.Where(n => !n.Trashed).GroupBy(n => n.ParentKey ?? Guid.Empty).ToDictionary(g => g.Key, g => g.ToList());
        var added = new List<Guid>();
        var seenInFiles = new Dictionary<Guid, string>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in SeedFiles(definitions.ConfigFolder, ContentFolder))
        {
            using var doc = ConfigNode.Parse(definitions.ConfigFolder, file);
            var root = new ConfigNode(doc.RootElement, file, string.Empty);
            foreach (var n in root.Items("items", required: true))
            {
                var key = n.RequiredGuid("key");
                if (seenInFiles.TryGetValue(key, out var other))
                {
                    throw n.Error("key", $"duplicate key {key} (also in {other})");
                }

                seenInFiles[key] = file;
                if (known.ContainsKey(key))
                {
                    continue; // idempotent: already imported (and maybe edited since)
                }

                var entity = ReadContent(n, key, known, children, now);
                db.ContentNodes.Add(entity);
                known[key] = entity;
                if (!children.TryGetValue(entity.ParentKey ?? Guid.Empty, out var siblings))
                {
                    children[entity.ParentKey ?? Guid.Empty] = siblings = [];
                }

                siblings.Add(entity);
                added.Add(key);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private ContentNodeEntity ReadContent(ConfigNode n, Guid key, Dictionary<Guid, ContentNodeEntity> known, Dictionary<Guid, List<ContentNodeEntity>> children, DateTime now)
    {
        var alias = n.RequiredString("contentType");
        var type = definitions.GetContentType(alias);
        if (type is null || type.IsElement)
        {
            throw n.Error("contentType", $"unknown document type '{alias}'");
        }

        var parentKey = n.OptionalGuid("parentKey");
        ContentNodeEntity? parent = null;
        if (parentKey is { } pk)
        {
            if (!known.TryGetValue(pk, out parent))
            {
                throw n.Error("parentKey", $"parent {pk} is not in the database nor earlier in the seed files");
            }

            var parentType = definitions.GetContentType(parent.ContentTypeAlias);
            if (parentType is null || !parentType.AllowedChildren.Contains(type.Alias, StringComparer.OrdinalIgnoreCase))
            {
                throw n.Error("contentType", $"'{type.Alias}' is not an allowed child of '{parent.ContentTypeAlias}'");
            }
        }
        else if (!type.AllowedAtRoot)
        {
            throw n.Error("parentKey", $"'{type.Alias}' is not allowed at the root");
        }

        var siblings = children.GetValueOrDefault(parentKey ?? Guid.Empty) ?? [];
        var item = new ContentItem
        {
            Key = key,
            ParentKey = parentKey,
            ContentTypeAlias = type.Alias,
            InvariantValues = ReadValues(n.Get("values")),
        };
        var published = new List<string>();
        var customSegments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cultures = n.Get("cultures");
        if (cultures.Element.ValueKind != JsonValueKind.Object)
        {
            throw cultures.Error("an object of cultures is required");
        }

        foreach (var c in cultures.Element.EnumerateObject())
        {
            var cn = new ConfigNode(c.Value, n.File, cultures.Child(c.Name));
            var language = definitions.GetLanguage(c.Name) ?? throw cn.Error($"unknown culture '{c.Name}' (not in languages.json)");
            item.Cultures[language.IsoCode] = new ContentCultureVariation
            {
                Culture = language.IsoCode,
                Name = cn.RequiredString("name"),
                Values = ReadValues(cn.Get("values")),
            };
            if (cn.OptionalString("urlSegment") is { Length: > 0 } segment)
            {
                customSegments[language.IsoCode] = segment;
            }

            if (cn.OptionalBool("published", false))
            {
                published.Add(language.IsoCode);
            }
        }

        var errors = ContentValidator.ValidateForSave(item, type, definitions);
        if (published.Count > 0)
        {
            foreach (var mandatory in definitions.Languages.Where(l => l.IsMandatory && !published.Contains(l.IsoCode, StringComparer.OrdinalIgnoreCase)))
            {
                throw cultures.Error(mandatory.IsoCode + ".published", $"the mandatory language {mandatory.IsoCode} must be published when another culture is");
            }

            if (parent is not null && !parent.Cultures.Any(c => c.IsPublished))
            {
                throw n.Error("parentKey", "cannot publish under an unpublished parent");
            }

            errors.AddRange(ContentValidator.ValidateForPublish(item, type, published));
        }

        if (errors.Count > 0)
        {
            var e = errors[0];
            var path = e.Culture is null ? $"values.{e.Property}" : e.Property == "name" ? $"cultures.{e.Culture}.name" : $"cultures.{e.Culture}.values.{e.Property}";
            throw n.Error(path, e.Message.Get("en-US"));
        }

        var entity = new ContentNodeEntity
        {
            Key = key,
            ParentKey = parentKey,
            ContentTypeAlias = type.Alias,
            SortOrder = n.OptionalInt("sortOrder") ?? siblings.Count,
            Level = parent is null ? 1 : parent.Level + 1,
            Path = parent is null ? key.ToString("D") : parent.Path + "," + key.ToString("D"),
            CreateDate = now,
            UpdateDate = now,
            InvariantValues = ContentMapper.SerializeValues(item.InvariantValues),
        };
        if (published.Count > 0)
        {
            entity.PublishedInvariantValues = entity.InvariantValues;
        }

        foreach (var variation in item.Cultures.Values)
        {
            var taken = siblings.SelectMany(s => s.Cultures).Where(c => string.Equals(c.Culture, variation.Culture, StringComparison.OrdinalIgnoreCase)).Select(c => c.UrlSegment).ToList();
            string segment;
            var custom = customSegments.TryGetValue(variation.Culture, out var wanted);
            if (custom)
            {
                segment = UrlSegments.FromName(wanted!);
                if (segment.Length == 0 || taken.Contains(segment, StringComparer.OrdinalIgnoreCase))
                {
                    throw cultures.Error(variation.Culture + ".urlSegment", $"'{wanted}' is empty or already used by a sibling");
                }
            }
            else
            {
                var fromName = UrlSegments.FromName(variation.Name);
                segment = UrlSegments.MakeUnique(fromName.Length > 0 ? fromName : key.ToString("N")[..8], taken);
            }

            var isPublished = published.Contains(variation.Culture, StringComparer.OrdinalIgnoreCase);
            var values = ContentMapper.SerializeValues(variation.Values);
            entity.Cultures.Add(new ContentCultureEntity
            {
                NodeKey = key,
                Culture = variation.Culture,
                Name = variation.Name,
                UrlSegment = segment,
                CustomUrlSegment = custom,
                Values = values,
                IsPublished = isPublished,
                PublishedName = isPublished ? variation.Name : null,
                PublishedUrlSegment = isPublished ? segment : null,
                PublishedValues = isPublished ? values : null,
                PublishDate = isPublished ? now : null,
                UpdateDate = now,
                IsEdited = !isPublished,
            });
        }

        return entity;
    }

    private static Dictionary<string, JsonElement> ReadValues(ConfigNode values)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (values.IsNull)
        {
            return result;
        }

        if (values.Element.ValueKind != JsonValueKind.Object)
        {
            throw values.Error("expected an object of property values");
        }

        foreach (var p in values.Element.EnumerateObject())
        {
            result[p.Name] = p.Value.Clone();
        }

        return result;
    }

    private async Task<List<Guid>> SeedMediaAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var known = (await db.Media.ToListAsync(cancellationToken)).ToDictionary(m => m.Key);
        var added = new List<Guid>();
        var now = clock.GetUtcNow().UtcDateTime;
        var mediaRoot = CmsPaths.MediaFolder(dbFactory.DataFolder);
        foreach (var file in SeedFiles(definitions.ConfigFolder, MediaFolder))
        {
            using var doc = ConfigNode.Parse(definitions.ConfigFolder, file);
            var root = new ConfigNode(doc.RootElement, file, string.Empty);
            foreach (var n in root.Items("items", required: true))
            {
                var key = n.RequiredGuid("key");
                if (known.ContainsKey(key))
                {
                    continue;
                }

                var parentKey = n.OptionalGuid("parentKey");
                MediaEntity? parent = null;
                if (parentKey is { } pk && !known.TryGetValue(pk, out parent))
                {
                    throw n.Error("parentKey", $"parent {pk} is not in the database nor earlier in the seed files");
                }

                var typeAlias = n.RequiredString("mediaTypeAlias");
                if (typeAlias is not ("Folder" or "Image" or "File"))
                {
                    throw n.Error("mediaTypeAlias", $"'{typeAlias}' is not Folder, Image or File");
                }

                var name = n.RequiredString("name");
                var entity = new MediaEntity
                {
                    Key = key,
                    ParentKey = parentKey,
                    Name = name,
                    MediaTypeAlias = typeAlias,
                    SortOrder = n.OptionalInt("sortOrder") ?? known.Values.Count(m => m.ParentKey == parentKey),
                    Level = parent is null ? 1 : parent.Level + 1,
                    Path = parent is null ? key.ToString("D") : parent.Path + "," + key.ToString("D"),
                    AltText = ContentMapper.Serialize(n.LocalizedText("altText", definitions.Languages, required: false).Values),
                    CreateDate = now,
                    UpdateDate = now,
                };
                var focal = n.Get("focalPoint");
                if (!focal.IsNull)
                {
                    var left = focal.OptionalDouble("left") ?? 0.5;
                    var top = focal.OptionalDouble("top") ?? 0.5;
                    if (left is < 0 or > 1 || top is < 0 or > 1)
                    {
                        throw focal.Error("left and top are fractions between 0 and 1");
                    }

                    entity.FocalPoint = ContentMapper.Serialize(new FocalPoint(left, top));
                }

                var generate = n.Get("generate");
                if (!generate.IsNull)
                {
                    Generate(generate, entity, mediaRoot);
                }

                db.Media.Add(entity);
                known[key] = entity;
                added.Add(key);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private void Generate(ConfigNode generate, MediaEntity entity, string mediaRoot)
    {
        var kind = generate.RequiredString("kind");
        if (kind is not ("placeholderLogo" or "placeholderImage"))
        {
            throw generate.Error("kind", $"unknown kind '{kind}' (placeholderLogo, placeholderImage)");
        }

        var background = generate.OptionalString("background") ?? "#2f6d3a";
        var foreground = generate.OptionalString("foreground");
        if (!ColourRegex().IsMatch(background))
        {
            throw generate.Error("background", $"'{background}' is not a colour like #2f6d3a");
        }

        if (foreground is not null && !ColourRegex().IsMatch(foreground))
        {
            throw generate.Error("foreground", $"'{foreground}' is not a colour like #ffffff");
        }

        var width = generate.OptionalInt("width") ?? 320;
        var height = generate.OptionalInt("height") ?? 160;
        if (width is < 16 or > 4000 || height is < 16 or > 4000)
        {
            throw generate.Error("width", "width and height must be between 16 and 4000 pixels");
        }

        if (imageGenerator is null)
        {
            logger.LogWarning("No image generator registered: media {Key} is left without a file", entity.Key);
            return;
        }

        // Names come from the key, never from the file's text: stable across re-seeds, nothing to traverse with.
        var folder = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entity.Key.ToString("N"))))[..10];
        var slug = UrlSegments.FromName(entity.Name);
        var fileName = (slug.Length > 0 ? slug : "image") + ".png";
        var directory = Path.Combine(mediaRoot, folder);
        Directory.CreateDirectory(directory);
        var fullPath = Path.Combine(directory, fileName);
        GeneratedImage image;
        using (var stream = File.Create(fullPath))
        {
            image = imageGenerator.GeneratePlaceholderLogo(new PlaceholderLogoRequest(generate.OptionalString("text") ?? string.Empty, background, foreground, width, height), stream);
        }

        entity.StoragePath = folder + "/" + fileName;
        entity.Url = "/media/" + entity.StoragePath;
        entity.Width = image.Width;
        entity.Height = image.Height;
        entity.Extension = image.Extension;
        entity.Bytes = new FileInfo(fullPath).Length;
        entity.Version = entity.UpdateDate.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourRegex();
}
