using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Persistence.Storage;

namespace AgriPole.Cms.Persistence.Content;

/// <summary>Which property values to parse: the snapshot needs only the published ones, preview only the drafts.</summary>
public enum ValueLoad
{
    All,
    Published,
    Draft,
}

/// <summary>Explicit mapping between the stored rows and <see cref="ContentItem"/>.</summary>
public static class ContentMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ContentItem ToItem(ContentNodeEntity node, ValueLoad load = ValueLoad.All)
    {
        var drafts = load != ValueLoad.Published;
        var published = load != ValueLoad.Draft;
        var item = new ContentItem
        {
            Key = node.Key,
            ParentKey = node.ParentKey,
            ContentTypeAlias = node.ContentTypeAlias,
            SortOrder = node.SortOrder,
            Level = node.Level,
            Path = node.Path,
            Trashed = node.Trashed,
            CreateDate = node.CreateDate,
            UpdateDate = node.UpdateDate,
            InvariantValues = drafts ? ParseValues(node.InvariantValues) : new(StringComparer.OrdinalIgnoreCase),
            PublishedInvariantValues = published && node.PublishedInvariantValues is { } pv ? ParseValues(pv) : null,
        };
        foreach (var c in node.Cultures)
        {
            item.Cultures[c.Culture] = new ContentCultureVariation
            {
                Culture = c.Culture,
                Name = c.Name,
                UrlSegment = c.UrlSegment,
                Values = drafts ? ParseValues(c.Values) : new(StringComparer.OrdinalIgnoreCase),
                IsPublished = c.IsPublished,
                PublishedName = c.PublishedName,
                PublishedUrlSegment = c.PublishedUrlSegment,
                PublishedValues = published && c.IsPublished && c.PublishedValues is { } v ? ParseValues(v) : null,
                PublishDate = c.PublishDate,
                UpdateDate = c.UpdateDate,
                IsEdited = c.IsEdited,
            };
        }

        return item;
    }

    public static Dictionary<string, JsonElement> ParseValues(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "{}")
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        var parsed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json, Json);
        return parsed is null ? new(StringComparer.OrdinalIgnoreCase) : new(parsed, StringComparer.OrdinalIgnoreCase);
    }

    public static string SerializeValues(IReadOnlyDictionary<string, JsonElement>? values) =>
        values is null || values.Count == 0 ? "{}" : JsonSerializer.Serialize(values, Json);

    /// <summary>The whole document as one JSON object, for the versions table.</summary>
    public static string SerializeDocument(ContentNodeEntity node) => JsonSerializer.Serialize(
        new
        {
            node.Key,
            node.ParentKey,
            node.ContentTypeAlias,
            node.SortOrder,
            node.Trashed,
            values = JsonSerializer.Deserialize<JsonElement>(node.InvariantValues),
            publishedValues = node.PublishedInvariantValues is { } p ? JsonSerializer.Deserialize<JsonElement>(p) : (JsonElement?)null,
            cultures = node.Cultures.ToDictionary(
                c => c.Culture,
                c => new
                {
                    c.Name,
                    c.UrlSegment,
                    c.CustomUrlSegment,
                    c.IsPublished,
                    c.PublishedName,
                    c.PublishedUrlSegment,
                    c.PublishDate,
                    values = JsonSerializer.Deserialize<JsonElement>(c.Values),
                    publishedValues = c.PublishedValues is { } pv ? JsonSerializer.Deserialize<JsonElement>(pv) : (JsonElement?)null,
                }),
        },
        Json);

    public static MediaItem ToMedia(MediaEntity m) => new()
    {
        Key = m.Key,
        ParentKey = m.ParentKey,
        Name = m.Name,
        MediaTypeAlias = m.MediaTypeAlias,
        SortOrder = m.SortOrder,
        Level = m.Level,
        Path = m.Path,
        Trashed = m.Trashed,
        Url = m.Url,
        StoragePath = m.StoragePath,
        Width = m.Width,
        Height = m.Height,
        Bytes = m.Bytes,
        Extension = m.Extension,
        FocalPoint = m.FocalPoint is { } f ? JsonSerializer.Deserialize<FocalPoint>(f, Json) : null,
        Crops = JsonSerializer.Deserialize<List<ImageCrop>>(m.Crops, Json) ?? [],
        Version = m.Version,
        CreateDate = m.CreateDate,
        UpdateDate = m.UpdateDate,
        AltText = new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(m.AltText, Json) ?? [], StringComparer.OrdinalIgnoreCase),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);

    public static DictionaryItem ToDictionaryItem(DictionaryEntity d) =>
        new(d.Key, d.ItemKey, new LocalizedText(JsonSerializer.Deserialize<Dictionary<string, string>>(d.Values, Json) ?? []));
}
