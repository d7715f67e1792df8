using System.Text.Json;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>Media as Umbraco writes it: the media endpoints' response and media picker (v3) items.</summary>
public static class MediaJsonWriter
{
    /// <summary>IApiMediaWithCropsResponse: path, createDate, updateDate, id, name, mediaType, url, extension, width, height, bytes, properties, focalPoint, crops.</summary>
    public static void WriteMediaResponse(Utf8JsonWriter writer, Func<Guid, MediaItem?> getMedia, MediaItem media, PropertySpec? fields)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, GetPath(getMedia, media));
        writer.WriteString("createDate"u8, media.CreateDate);
        writer.WriteString("updateDate"u8, media.UpdateDate);
        WriteBody(writer, media, renderProperties: true, fields);
        WriteFocalPoint(writer, media.FocalPoint);
        WriteCrops(writer, media, IsImage(media) ? media.Crops : null);
        writer.WriteEndObject();
    }

    /// <summary>Media picker v3: always an array of IApiMediaWithCrops (focalPoint, crops, id, name, ...).</summary>
    public static void WritePickedMedia(Utf8JsonWriter writer, DeliveryApiContext context, DataType dataType, JsonElement value, bool expanded, PropertySpec? fields)
    {
        writer.WriteStartArray();
        if (value.ValueKind == JsonValueKind.Array)
        {
            var configured = ReadConfiguredCrops(dataType);
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("mediaKey", out var mk) || mk.ValueKind != JsonValueKind.String || !Guid.TryParse(mk.GetString(), out var mediaKey))
                {
                    continue;
                }

                var media = context.Snapshot.GetMedia(mediaKey);
                if (media is null || media.Trashed)
                {
                    continue;
                }

                var localCrops = item.TryGetProperty("crops", out var lc) && lc.ValueKind == JsonValueKind.Array ? lc : default;
                var localFocal = item.TryGetProperty("focalPoint", out var lf) && lf.ValueKind == JsonValueKind.Object ? ReadFocalPoint(lf) : null;
                writer.WriteStartObject();
                WriteFocalPoint(writer, localFocal ?? media.FocalPoint);
                WriteCrops(writer, media, MergeCrops(configured, localCrops, media.Crops));
                WriteBody(writer, media, expanded, fields);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    public static bool IsImage(MediaItem media) => string.Equals(media.MediaTypeAlias, "Image", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower-cased names of the ancestors and the item, wrapped in slashes: "/images/hero/".</summary>
    public static string GetPath(Func<Guid, MediaItem?> getMedia, MediaItem media)
    {
        var names = new List<string>();
        var current = media;
        var guard = 0;
        while (current is not null && guard++ < 256)
        {
            names.Add(current.Name.ToLowerInvariant());
            current = current.ParentKey is { } parent ? getMedia(parent) : null;
        }

        names.Reverse();
        return "/" + string.Join('/', names) + "/";
    }

    private static void WriteBody(Utf8JsonWriter writer, MediaItem media, bool renderProperties, PropertySpec? fields)
    {
        writer.WriteString("id"u8, media.Key);
        writer.WriteString("name"u8, media.Name);
        writer.WriteString("mediaType"u8, media.MediaTypeAlias);
        writer.WriteString("url"u8, media.Url ?? string.Empty);
        writer.WriteString("extension"u8, media.Extension);
        WriteNullableNumber(writer, "width"u8, media.Width);
        WriteNullableNumber(writer, "height"u8, media.Height);
        writer.WritePropertyName("bytes"u8);
        if (media.Bytes is { } bytes)
        {
            writer.WriteNumberValue(bytes);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("properties"u8);
        writer.WriteStartObject();

        // Our media types carry one editor property besides the umbraco* file data: the alternative text per culture.
        if (renderProperties && IsImage(media) && (fields is null || fields.Includes("altText")))
        {
            writer.WritePropertyName("altText"u8);
            if (media.AltText.Count == 0)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartObject();
                foreach (var (culture, text) in media.AltText)
                {
                    writer.WriteString(culture, text);
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        writer.WritePropertyName(name);
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteFocalPoint(Utf8JsonWriter writer, FocalPoint? focalPoint)
    {
        writer.WritePropertyName("focalPoint"u8);
        if (focalPoint is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("left"u8, focalPoint.Left);
        writer.WriteNumber("top"u8, focalPoint.Top);
        writer.WriteEndObject();
    }

    private static void WriteCrops(Utf8JsonWriter writer, MediaItem media, IReadOnlyList<ImageCrop>? crops)
    {
        writer.WritePropertyName("crops"u8);
        if (crops is null || !IsImage(media))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var crop in crops)
        {
            writer.WriteStartObject();
            writer.WriteString("alias"u8, crop.Alias);
            writer.WriteNumber("width"u8, crop.Width);
            writer.WriteNumber("height"u8, crop.Height);
            writer.WritePropertyName("coordinates"u8);
            if (crop.Coordinates is { } c)
            {
                writer.WriteStartObject();
                writer.WriteNumber("x1"u8, c.X1);
                writer.WriteNumber("y1"u8, c.Y1);
                writer.WriteNumber("x2"u8, c.X2);
                writer.WriteNumber("y2"u8, c.Y2);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // Umbraco: the data type's crops (size from config, coordinates from the stored value, else the media's), then the media's own.
    private static List<ImageCrop> MergeCrops(List<ImageCrop> configured, JsonElement localCrops, List<ImageCrop> mediaCrops)
    {
        var result = new List<ImageCrop>(configured.Count + mediaCrops.Count);
        foreach (var crop in configured)
        {
            CropCoordinates? coordinates = null;
            if (localCrops.ValueKind == JsonValueKind.Array)
            {
                foreach (var local in localCrops.EnumerateArray())
                {
                    if (local.ValueKind == JsonValueKind.Object && local.TryGetProperty("alias", out var a) && a.ValueKind == JsonValueKind.String
                        && string.Equals(a.GetString(), crop.Alias, StringComparison.Ordinal)
                        && local.TryGetProperty("coordinates", out var co) && co.ValueKind == JsonValueKind.Object)
                    {
                        coordinates = new CropCoordinates(GetDouble(co, "x1"), GetDouble(co, "y1"), GetDouble(co, "x2"), GetDouble(co, "y2"));
                    }
                }
            }

            // No coordinates in the picker value: the ones set on the media item in the library (Umbraco merges them the same way).
            coordinates ??= mediaCrops.Find(c => string.Equals(c.Alias, crop.Alias, StringComparison.Ordinal))?.Coordinates;
            result.Add(crop with { Coordinates = coordinates });
        }

        foreach (var crop in mediaCrops)
        {
            if (!result.Exists(c => string.Equals(c.Alias, crop.Alias, StringComparison.Ordinal)))
            {
                result.Add(crop);
            }
        }

        return result;
    }

    private static List<ImageCrop> ReadConfiguredCrops(DataType dataType)
    {
        var crops = new List<ImageCrop>();
        if (dataType.Configuration.ValueKind == JsonValueKind.Object
            && dataType.Configuration.TryGetProperty("crops", out var c) && c.ValueKind == JsonValueKind.Array)
        {
            foreach (var crop in c.EnumerateArray())
            {
                if (crop.ValueKind == JsonValueKind.Object && crop.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String)
                {
                    crops.Add(new ImageCrop(alias.GetString()!, (int)GetDouble(crop, "width"), (int)GetDouble(crop, "height"), null));
                }
            }
        }

        return crops;
    }

    private static FocalPoint? ReadFocalPoint(JsonElement value) =>
        value.TryGetProperty("left", out var l) && l.ValueKind == JsonValueKind.Number && value.TryGetProperty("top", out var t) && t.ValueKind == JsonValueKind.Number
            ? new FocalPoint(l.GetDouble(), t.GetDouble())
            : null;

    private static double GetDouble(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
}
