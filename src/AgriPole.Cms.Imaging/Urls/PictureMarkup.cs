using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Renditions;

namespace AgriPole.Cms.Imaging.Urls;

/// <summary>
/// Builds &lt;picture&gt; markup: a WebP &lt;source&gt; with a width srcset and a fallback &lt;img&gt; in the source format
/// with explicit width/height (no layout shift), alt text, lazy loading and async decoding. Every value is HTML-encoded.
/// </summary>
public static class PictureMarkup
{
    public static string? Build(IImageUrlGenerator urls, MediaItem? media, PictureOptions options)
    {
        if (media?.Url is null || RenditionResolver.SourceFormat(media.Extension) is not { } sourceFormat)
        {
            return null;
        }

        var generator = urls as ImageUrlGenerator;
        var widths = UsableWidths(media, options, generator);
        var largest = widths[^1];
        var baseOptions = new ImageUrlOptions { CropAlias = options.CropAlias, FocalPoint = options.FocalPoint, Coordinates = options.Coordinates };
        var size = generator?.GetSize(media, baseOptions with { Width = largest });
        var width = largest;
        var height = size is null ? 0 : size.Height > 0 ? size.Height : size.DisplayHeight;
        if (height == 0 && media is { Width: > 0, Height: > 0 })
        {
            height = (int)Math.Round(largest * (double)media.Height.Value / media.Width.Value);
        }

        // GIF renditions are a first frame; PNG keeps transparency for the rare browser without WebP.
        var fallbackFormat = sourceFormat == "gif" ? "png" : sourceFormat;
        var alt = options.Alt ?? (options.Culture is { } culture && media.AltText.TryGetValue(culture, out var text) ? text : string.Empty);
        var encoder = HtmlEncoder.Default;

        var html = new StringBuilder(512);
        html.Append("<picture>");
        html.Append("<source type=\"image/webp\" srcset=\"").Append(encoder.Encode(Srcset(urls, media, baseOptions with { Format = "webp" }, widths)))
            .Append("\" sizes=\"").Append(encoder.Encode(options.Sizes)).Append("\">");
        html.Append("<img src=\"").Append(encoder.Encode(urls.GetUrl(media, baseOptions with { Width = largest, Format = fallbackFormat })!)).Append('"');
        if (widths.Count > 1)
        {
            html.Append(" srcset=\"").Append(encoder.Encode(Srcset(urls, media, baseOptions with { Format = fallbackFormat }, widths)))
                .Append("\" sizes=\"").Append(encoder.Encode(options.Sizes)).Append('"');
        }

        html.Append(" width=\"").Append(width.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (height > 0)
        {
            html.Append(" height=\"").Append(height.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append(" alt=\"").Append(encoder.Encode(alt)).Append('"');
        html.Append(" loading=\"").Append(options.Eager ? "eager" : "lazy").Append("\" decoding=\"async\"");
        if (options.CssClass is { Length: > 0 } css)
        {
            html.Append(" class=\"").Append(encoder.Encode(css)).Append('"');
        }

        html.Append("></picture>");
        return html.ToString();
    }

    private static string Srcset(IImageUrlGenerator urls, MediaItem media, ImageUrlOptions options, IReadOnlyList<int> widths) =>
        string.Join(", ", widths.Select(w => $"{urls.GetUrl(media, options with { Width = w })} {w.ToString(CultureInfo.InvariantCulture)}w"));

    /// <summary>The requested widths the source can fill without upscaling; at least one.</summary>
    private static List<int> UsableWidths(MediaItem media, PictureOptions options, ImageUrlGenerator? generator)
    {
        var requested = options.Widths.Where(w => w > 0).Distinct().Order().ToList();
        if (requested.Count == 0)
        {
            requested = [800];
        }

        var available = media.Width ?? int.MaxValue;
        if (options.CropAlias is not null && generator is not null && media.Crops.FirstOrDefault(c => c.Alias == options.CropAlias)?.Coordinates is { } cc)
        {
            available = (int)(available * (1 - cc.X1 - cc.X2));
        }

        var usable = requested.Where(w => w <= available).ToList();
        return usable.Count > 0 ? usable : [Math.Min(requested[0], Math.Max(1, available))];
    }
}
