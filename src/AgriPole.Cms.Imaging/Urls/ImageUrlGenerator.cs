using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Renditions;

namespace AgriPole.Cms.Imaging.Urls;

/// <summary>
/// Rendition URLs as Umbraco's ImageSharp URL generator writes them: crops become explicit width, height and cc (or
/// rxy from the focal point), so a changed crop or focal point is a new URL; v= carries the file version.
/// </summary>
public sealed class ImageUrlGenerator(MediaCropDefinitions crops) : IImageUrlGenerator
{
    public string? GetUrl(MediaItem media, ImageUrlOptions options)
    {
        if (media.Url is null)
        {
            return null;
        }

        if (RenditionResolver.SourceFormat(media.Extension) is null)
        {
            return media.Url;
        }

        var size = GetSize(media, options);
        var query = new StringBuilder(media.Url).Append('?');
        if (size.Width > 0)
        {
            Append(query, "width", size.Width.ToString(CultureInfo.InvariantCulture));
        }

        if (size.Height > 0)
        {
            Append(query, "height", size.Height.ToString(CultureInfo.InvariantCulture));
        }

        if (options.Mode is { } mode && options.CropAlias is null)
        {
            Append(query, "rmode", mode.ToLowerInvariant());
        }

        if (size.Coordinates is { } cc)
        {
            Append(query, "cc", string.Create(CultureInfo.InvariantCulture, $"{cc.X1:0.####},{cc.Y1:0.####},{cc.X2:0.####},{cc.Y2:0.####}"));
        }
        else if (size.Cropping && (options.FocalPoint ?? media.FocalPoint) is { } fp)
        {
            Append(query, "rxy", string.Create(CultureInfo.InvariantCulture, $"{fp.Left:0.####},{fp.Top:0.####}"));
        }

        if (options.Format is { } format)
        {
            Append(query, "format", format.ToLowerInvariant());
        }

        if (options.Quality is { } quality)
        {
            Append(query, "quality", quality.ToString(CultureInfo.InvariantCulture));
        }

        Append(query, "v", VersionToken(media.Version));
        return query.ToString();
    }

    /// <summary>The output size and crop of a request, as the rendition will have it (for width/height attributes).</summary>
    public RenditionSize GetSize(MediaItem media, ImageUrlOptions options)
    {
        if (options.CropAlias is { } alias)
        {
            var itemCrop = media.Crops.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase));
            (int Width, int Height)? crop = itemCrop is { Width: > 0, Height: > 0 } ? (itemCrop.Width, itemCrop.Height) : crops.Find(alias);
            if (crop is { } c)
            {
                var width = options.Width ?? (options.Height is { } h ? (int)Math.Round(h * (double)c.Width / c.Height) : c.Width);
                var height = options.Height ?? (int)Math.Round(width * (double)c.Height / c.Width);
                return new RenditionSize(width, height, options.Coordinates ?? itemCrop?.Coordinates, true);
            }
        }

        var cropping = options.Width is not null && options.Height is not null
            && (options.Mode is null || options.Mode.Equals("crop", StringComparison.OrdinalIgnoreCase));
        if (options.Width is { } w && options.Height is null && media is { Width: > 0, Height: > 0 })
        {
            return new RenditionSize(w, 0, null, false) { DisplayHeight = (int)Math.Round(w * (double)media.Height.Value / media.Width.Value) };
        }

        return new RenditionSize(options.Width ?? 0, options.Height ?? 0, null, cropping);
    }

    private static void Append(StringBuilder query, string key, string value)
    {
        if (query[^1] != '?')
        {
            query.Append('&');
        }

        query.Append(key).Append('=').Append(Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal));
    }

    private static string VersionToken(string version)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(version), hash);
        return Convert.ToHexStringLower(hash[..4]);
    }
}
