using System.Data.Common;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.Storage;

namespace AgriPole.Cms.Persistence.PublishedCache;

/// <summary>
/// Reads what a full snapshot build needs (published documents, media, dictionary) with plain SQL: the start-up path
/// to the first page then compiles no EF query, and only published values are parsed.
/// </summary>
internal static class PublishedSourceReader
{
    public static async Task<long> ReadWatermarkAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = SqlReader.Command(connection, "SELECT MAX(\"Id\") FROM \"umbracoCacheInstruction\"");
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<ContentItem>> ReadPublishedContentAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var items = new Dictionary<Guid, ContentItem>();
        const string nodesSql = """
            SELECT n."Key", n."ParentKey", n."ContentTypeAlias", n."SortOrder", n."Level", n."Path", n."CreateDate", n."UpdateDate", n."PublishedInvariantValues"
            FROM "umbracoNode" n
            WHERE n."Trashed" = @false AND EXISTS (SELECT 1 FROM "umbracoContentCulture" c WHERE c."NodeKey" = n."Key" AND c."IsPublished" = @true)
            """;
        await using (var command = SqlReader.Command(connection, nodesSql, ("@false", false), ("@true", true)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var item = new ContentItem
                {
                    Key = reader.GetGuid(0),
                    ParentKey = SqlReader.NullableGuid(reader, 1),
                    ContentTypeAlias = reader.GetString(2),
                    SortOrder = reader.GetInt32(3),
                    Level = reader.GetInt32(4),
                    Path = reader.GetString(5),
                    CreateDate = SqlReader.Utc(reader, 6),
                    UpdateDate = SqlReader.Utc(reader, 7),
                    PublishedInvariantValues = ContentMapper.ParseValues(SqlReader.NullableString(reader, 8)),
                };
                items[item.Key] = item;
            }
        }

        const string culturesSql = """
            SELECT c."NodeKey", c."Culture", c."Name", c."UrlSegment", c."PublishedName", c."PublishedUrlSegment", c."PublishedValues", c."PublishDate", c."UpdateDate"
            FROM "umbracoContentCulture" c
            WHERE c."IsPublished" = @true
            """;
        await using (var command = SqlReader.Command(connection, culturesSql, ("@true", true)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!items.TryGetValue(reader.GetGuid(0), out var item))
                {
                    continue; // trashed node
                }

                var culture = reader.GetString(1);
                item.Cultures[culture] = new ContentCultureVariation
                {
                    Culture = culture,
                    Name = reader.GetString(2),
                    UrlSegment = reader.GetString(3),
                    IsPublished = true,
                    PublishedName = SqlReader.NullableString(reader, 4),
                    PublishedUrlSegment = SqlReader.NullableString(reader, 5),
                    PublishedValues = ContentMapper.ParseValues(SqlReader.NullableString(reader, 6)),
                    PublishDate = SqlReader.NullableUtc(reader, 7),
                    UpdateDate = SqlReader.Utc(reader, 8),
                };
            }
        }

        return [.. items.Values];
    }

    public static async Task<List<MediaItem>> ReadMediaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT "Key", "ParentKey", "Name", "MediaTypeAlias", "SortOrder", "Level", "Path", "Url", "StoragePath", "Width", "Height",
                   "Bytes", "Extension", "FocalPoint", "Crops", "AltText", "Version", "CreateDate", "UpdateDate"
            FROM "umbracoMedia" WHERE "Trashed" = @false
            """;
        var media = new List<MediaItem>();
        await using var command = SqlReader.Command(connection, sql, ("@false", false));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            media.Add(ContentMapper.ToMedia(new MediaEntity
            {
                Key = reader.GetGuid(0),
                ParentKey = SqlReader.NullableGuid(reader, 1),
                Name = reader.GetString(2),
                MediaTypeAlias = reader.GetString(3),
                SortOrder = reader.GetInt32(4),
                Level = reader.GetInt32(5),
                Path = reader.GetString(6),
                Url = SqlReader.NullableString(reader, 7),
                StoragePath = SqlReader.NullableString(reader, 8),
                Width = SqlReader.NullableInt(reader, 9),
                Height = SqlReader.NullableInt(reader, 10),
                Bytes = SqlReader.NullableLong(reader, 11),
                Extension = SqlReader.NullableString(reader, 12),
                FocalPoint = SqlReader.NullableString(reader, 13),
                Crops = reader.GetString(14),
                AltText = reader.GetString(15),
                Version = reader.GetString(16),
                CreateDate = SqlReader.Utc(reader, 17),
                UpdateDate = SqlReader.Utc(reader, 18),
            }));
        }

        return media;
    }

    public static async Task<Dictionary<string, DictionaryItem>> ReadDictionaryAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, DictionaryItem>(StringComparer.OrdinalIgnoreCase);
        await using var command = SqlReader.Command(connection, "SELECT \"Key\", \"ItemKey\", \"Values\", \"UpdateDate\" FROM \"cmsDictionary\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var item = ContentMapper.ToDictionaryItem(new DictionaryEntity { Key = reader.GetGuid(0), ItemKey = reader.GetString(1), Values = reader.GetString(2) });
            result[item.ItemKey] = item;
        }

        return result;
    }
}
