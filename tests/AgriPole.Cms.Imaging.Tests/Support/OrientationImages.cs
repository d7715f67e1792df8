using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace AgriPole.Cms.Imaging.Tests.Support;

/// <summary>
/// Phone-style photos for the EXIF orientation tests: an upright picture of four coloured quadrants (red top-left,
/// green top-right, blue bottom-left, white bottom-right), stored turned the way a camera with that orientation stores it,
/// with the Orientation tag that tells a viewer how to turn it back.
/// </summary>
public static class OrientationImages
{
    public static readonly Rgb24 TopLeft = new(220, 30, 30);
    public static readonly Rgb24 TopRight = new(30, 200, 40);
    public static readonly Rgb24 BottomLeft = new(30, 40, 220);
    public static readonly Rgb24 BottomRight = new(245, 245, 245);

    /// <summary>The upright picture (<paramref name="width"/> × <paramref name="height"/>) stored for <paramref name="orientation"/> (1, 3, 6 or 8).</summary>
    public static byte[] Jpeg(int orientation, int width = 96, int height = 64)
    {
        using var image = Upright(width, height);

        // The inverse of what the viewer applies: 3 = shown turned 180°, 6 = shown turned 90° clockwise, 8 = 270°.
        image.Mutate(x => x.Rotate(orientation switch
        {
            3 => RotateMode.Rotate180,
            6 => RotateMode.Rotate270,
            8 => RotateMode.Rotate90,
            _ => RotateMode.None,
        }));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)orientation);
        exif.SetValue(ExifTag.Make, TestImages.MetadataMarker);
        image.Metadata.ExifProfile = exif;
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = 95 });
        return stream.ToArray();
    }

    public static Image<Rgb24> Upright(int width, int height)
    {
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = (x < width / 2, y < height / 2) switch
                    {
                        (true, true) => TopLeft,
                        (false, true) => TopRight,
                        (true, false) => BottomLeft,
                        _ => BottomRight,
                    };
                }
            }
        });
        return image;
    }

    /// <summary>True when <paramref name="actual"/> is within JPEG's error of <paramref name="expected"/>.</summary>
    public static bool Near(Rgb24 actual, Rgb24 expected) =>
        Math.Abs(actual.R - expected.R) < 40 && Math.Abs(actual.G - expected.G) < 40 && Math.Abs(actual.B - expected.B) < 40;
}
