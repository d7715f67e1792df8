using System.Globalization;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Configuration;
using Microsoft.Extensions.Primitives;
using SixLabors.ImageSharp;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Parses ImageSharp.Web's query syntax as Umbraco sites write it: width, height, rmode (or mode), ranchor, rxy, format,
/// quality, bgcolor, cc, plus crop (a named crop). Out-of-range or unknown values are refused with a message (400),
/// never clamped silently; unknown keys (v, utm_*) are ignored.
/// </summary>
public static class RenditionQueryParser
{
    private static readonly string[] Keys = ["width", "height", "rmode", "mode", "ranchor", "rxy", "format", "quality", "bgcolor", "cc", "crop"];

    private static readonly string[] Anchors = ["center", "top", "bottom", "left", "right", "topleft", "topright", "bottomleft", "bottomright"];

    /// <summary>True when the query asks for a rendition at all (any known key); false serves the original.</summary>
    public static bool IsRenditionRequest(IEnumerable<KeyValuePair<string, StringValues>> query) =>
        query.Any(kv => Keys.Contains(kv.Key, StringComparer.OrdinalIgnoreCase));

    public static bool TryParse(
        IEnumerable<KeyValuePair<string, StringValues>> query,
        ImagingSettings settings,
        out RenditionQuery result,
        out string? error)
    {
        result = new RenditionQuery();
        error = null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query)
        {
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (value.Count != 1 || (key.Equals("mode", StringComparison.OrdinalIgnoreCase) && values.ContainsKey("rmode"))
                || (key.Equals("rmode", StringComparison.OrdinalIgnoreCase) && values.ContainsKey("mode")))
            {
                error = $"'{key}' is given more than once.";
                return false;
            }

            values[key] = value[0] ?? string.Empty;
        }

        int width = 0, height = 0;
        if (values.TryGetValue("width", out var w) && !TryInt(w, 1, settings.MaxWidth, out width))
        {
            error = $"width must be a whole number from 1 to {settings.MaxWidth}.";
            return false;
        }

        if (values.TryGetValue("height", out var h) && !TryInt(h, 1, settings.MaxHeight, out height))
        {
            error = $"height must be a whole number from 1 to {settings.MaxHeight}.";
            return false;
        }

        var mode = RenditionMode.Crop;
        if ((values.TryGetValue("rmode", out var m) || values.TryGetValue("mode", out m)) && !TryMode(m, out mode))
        {
            error = "rmode must be one of crop, max, pad, boxpad, min, stretch.";
            return false;
        }

        var anchor = "center";
        if (values.TryGetValue("ranchor", out var a))
        {
            anchor = a.Trim().ToLowerInvariant();
            if (!Anchors.Contains(anchor))
            {
                error = "ranchor must be one of " + string.Join(", ", Anchors) + ".";
                return false;
            }
        }

        FocalPoint? center = null;
        if (values.TryGetValue("rxy", out var rxy))
        {
            if (!TryFractions(rxy, 2, out var xy))
            {
                error = "rxy must be two fractions from 0 to 1, e.g. rxy=0.5,0.3.";
                return false;
            }

            center = new FocalPoint(xy[0], xy[1]);
        }

        string? format = null;
        if (values.TryGetValue("format", out var f))
        {
            format = f.Trim().ToLowerInvariant() switch
            {
                "jpg" or "jpeg" => "jpg",
                "png" => "png",
                "gif" => "gif",
                "webp" => "webp",
                _ => null,
            };
            if (format is null)
            {
                error = "format must be one of webp, jpg, png, gif.";
                return false;
            }
        }

        int? quality = null;
        if (values.TryGetValue("quality", out var q))
        {
            if (!TryInt(q, 1, 100, out var qv))
            {
                error = "quality must be a whole number from 1 to 100.";
                return false;
            }

            quality = qv;
        }

        string? background = null;
        if (values.TryGetValue("bgcolor", out var bg))
        {
            if (bg.Length > 32 || !(Color.TryParseHex(bg, out var color) || Color.TryParse(bg, out color)))
            {
                error = "bgcolor must be a hex colour (e.g. ffffff) or a colour name.";
                return false;
            }

            background = color.ToHex();
        }

        CropCoordinates? coordinates = null;
        if (values.TryGetValue("cc", out var cc))
        {
            if (!TryFractions(cc, 4, out var c) || c[0] + c[2] >= 1 || c[1] + c[3] >= 1)
            {
                error = "cc must be four fractions x1,y1,x2,y2 cut from the left, top, right and bottom, leaving some image.";
                return false;
            }

            coordinates = new CropCoordinates(c[0], c[1], c[2], c[3]);
        }

        string? cropAlias = null;
        if (values.TryGetValue("crop", out var crop))
        {
            cropAlias = crop.Trim();
            if (cropAlias.Length is 0 or > 64 || !cropAlias.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
            {
                error = "crop must name a crop of the media picker (e.g. crop=thumbnail).";
                return false;
            }
        }

        result = new RenditionQuery
        {
            Width = width,
            Height = height,
            Mode = mode,
            Anchor = anchor,
            Center = center,
            Format = format,
            Quality = quality,
            Background = background,
            Coordinates = coordinates,
            CropAlias = cropAlias,
        };
        return true;
    }

    private static bool TryInt(string value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;

    private static bool TryMode(string value, out RenditionMode mode)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "crop": mode = RenditionMode.Crop; return true;
            case "max": mode = RenditionMode.Max; return true;
            case "pad": mode = RenditionMode.Pad; return true;
            case "boxpad": mode = RenditionMode.BoxPad; return true;
            case "min": mode = RenditionMode.Min; return true;
            case "stretch": mode = RenditionMode.Stretch; return true;
            default: mode = RenditionMode.Crop; return false;
        }
    }

    private static bool TryFractions(string value, int count, out double[] result)
    {
        result = new double[count];
        var parts = value.Split(',');
        if (parts.Length != count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (parts[i].Length > 20 || !double.TryParse(parts[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v is < 0 or > 1)
            {
                return false;
            }

            result[i] = Math.Round(v, 4);
        }

        return true;
    }
}
