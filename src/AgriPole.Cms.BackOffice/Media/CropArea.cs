using System.Globalization;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.BackOffice.Media;

/// <summary>
/// The named crops an editor adjusts on a media item: those of the media picker data types, their form binding
/// (Umbraco's x1, y1, x2, y2: fractions trimmed from the left, top, right and bottom) and the focal-point default.
/// </summary>
public static class CropArea
{
    public sealed record Definition(string Alias, int Width, int Height);

    /// <summary>The named crops of the media picker data types (umbraco-config/data-types.json), in declared order, first alias wins.</summary>
    public static List<Definition> Configured(ICmsDefinitions definitions)
    {
        var list = new List<Definition>();
        foreach (var dataType in definitions.DataTypes.Values.Where(d => d.EditorAlias == PropertyEditorAliases.MediaPicker3))
        {
            if (dataType.Configuration.ValueKind != JsonValueKind.Object
                || !dataType.Configuration.TryGetProperty("crops", out var crops) || crops.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var crop in crops.EnumerateArray())
            {
                if (crop.ValueKind == JsonValueKind.Object
                    && crop.TryGetProperty("alias", out var a) && a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } alias
                    && crop.TryGetProperty("width", out var w) && w.ValueKind == JsonValueKind.Number && w.TryGetInt32(out var width) && width > 0
                    && crop.TryGetProperty("height", out var h) && h.ValueKind == JsonValueKind.Number && h.TryGetInt32(out var height) && height > 0
                    && !list.Exists(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase)))
                {
                    list.Add(new Definition(alias, width, height));
                }
            }
        }

        return list;
    }

    /// <summary>
    /// Binds the four posted numbers (invariant, a comma accepted as decimal separator). Returns the <see cref="MediaText"/>
    /// key of the first problem, or null with <paramref name="coordinates"/> rounded to 4 decimals.
    /// </summary>
    public static string? TryParse(string? x1, string? y1, string? x2, string? y2, out CropCoordinates? coordinates)
    {
        coordinates = null;
        if (!TryFraction(x1, out var l) || !TryFraction(y1, out var t) || !TryFraction(x2, out var r) || !TryFraction(y2, out var b))
        {
            return "crop.range";
        }

        l = Math.Round(l, 4);
        t = Math.Round(t, 4);
        r = Math.Round(r, 4);
        b = Math.Round(b, 4);
        if (l + r >= 1)
        {
            return "crop.width";
        }

        if (t + b >= 1)
        {
            return "crop.height";
        }

        coordinates = new CropCoordinates(l, t, r, b);
        return null;
    }

    /// <summary>
    /// What a crop shows without coordinates: the largest area of the crop's proportions centred on the focal point
    /// (the image centre without one), kept inside the image — as the renditions compute it.
    /// </summary>
    public static CropCoordinates Default(int imageWidth, int imageHeight, int cropWidth, int cropHeight, FocalPoint? focalPoint)
    {
        double keepW = 1, keepH = 1;
        var imageRatio = (double)imageWidth / imageHeight;
        var cropRatio = (double)cropWidth / cropHeight;
        if (imageRatio > cropRatio)
        {
            keepW = cropRatio / imageRatio;
        }
        else
        {
            keepH = imageRatio / cropRatio;
        }

        var fx = focalPoint?.Left ?? 0.5;
        var fy = focalPoint?.Top ?? 0.5;
        var left = Math.Clamp(fx - (keepW / 2), 0, 1 - keepW);
        var top = Math.Clamp(fy - (keepH / 2), 0, 1 - keepH);
        return new CropCoordinates(Math.Round(left, 4), Math.Round(top, 4), Math.Round(Math.Max(0, 1 - keepW - left), 4), Math.Round(Math.Max(0, 1 - keepH - top), 4));
    }

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static bool TryFraction(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value) && value is >= 0 and <= 1;
}
