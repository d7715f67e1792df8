using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Configuration;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Turns a parsed query into what is rendered for one item: a named crop becomes its size and the item's crop
/// coordinates or focal point; crop mode without rxy uses the item's focal point. The result no longer depends on the
/// item, so its <see cref="RenditionQuery.Normalized"/> text (with the item's version) keys the cache.
/// </summary>
public static class RenditionResolver
{
    public static bool TryResolve(
        RenditionQuery query,
        MediaItem item,
        MediaCropDefinitions crops,
        ImagingSettings settings,
        out RenditionQuery resolved,
        out string? error)
    {
        resolved = query;
        error = null;
        var sourceFormat = SourceFormat(item.Extension);
        if (sourceFormat is null)
        {
            error = "Only images have renditions.";
            return false;
        }

        if (query.CropAlias is { } alias)
        {
            var itemCrop = item.Crops.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase));
            (int Width, int Height)? size = itemCrop is { Width: > 0, Height: > 0 } ? (itemCrop.Width, itemCrop.Height) : crops.Find(alias);
            if (size is not { } s)
            {
                error = $"Unknown crop '{alias}'.";
                return false;
            }

            var (width, height) = (query.Width, query.Height);
            if (width == 0 && height == 0)
            {
                (width, height) = s;
            }
            else if (height == 0)
            {
                height = Math.Max(1, (int)Math.Round(width * (double)s.Height / s.Width));
            }
            else if (width == 0)
            {
                width = Math.Max(1, (int)Math.Round(height * (double)s.Width / s.Height));
            }

            if (width > settings.MaxWidth || height > settings.MaxHeight)
            {
                error = $"The crop scaled to {width} × {height} exceeds {settings.MaxWidth} × {settings.MaxHeight}.";
                return false;
            }

            var coordinates = query.Coordinates ?? itemCrop?.Coordinates;
            resolved = query with
            {
                CropAlias = null,
                Width = width,
                Height = height,
                Mode = RenditionMode.Crop,
                Coordinates = coordinates,
                Center = query.Center ?? (coordinates is null ? item.FocalPoint : null),
            };
        }
        else if (resolved.Mode == RenditionMode.Crop && resolved.Center is null && resolved.Coordinates is null && resolved.Anchor == "center")
        {
            resolved = resolved with { Center = item.FocalPoint };
        }

        resolved = resolved with
        {
            Format = resolved.Format ?? sourceFormat,
            Quality = (resolved.Format ?? sourceFormat) switch
            {
                "jpg" => resolved.Quality ?? settings.DefaultJpegQuality,
                "webp" => resolved.Quality ?? settings.DefaultWebpQuality,
                _ => null, // lossless formats: quality means nothing, so it must not split the cache
            },
        };
        return true;
    }

    /// <summary>The rendition format of a source extension, or null for files that are not images.</summary>
    public static string? SourceFormat(string? extension) => extension?.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => "jpg",
        "png" => "png",
        "gif" => "gif",
        "webp" => "webp",
        _ => null,
    };

    public static string ContentType(string format) => format switch
    {
        "jpg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    };
}
