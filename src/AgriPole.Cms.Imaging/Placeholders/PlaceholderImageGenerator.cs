using AgriPole.Cms.Core.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.Imaging.Placeholders;

/// <summary>
/// Draws seed placeholder logos: a coloured rectangle, a light diagonal stripe pattern and a frame, and the initials in
/// a built-in bitmap font scaled to fit. Pure pixel work: no fonts, nothing downloaded, the same bytes every run.
/// </summary>
public sealed class PlaceholderImageGenerator : IPlaceholderImageGenerator
{
    public GeneratedImage GeneratePlaceholderLogo(PlaceholderLogoRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        var background = Color.ParseHex(request.Background).ToPixel<Rgba32>();
        var foreground = (request.Foreground is null ? Color.White : Color.ParseHex(request.Foreground)).ToPixel<Rgba32>();
        var stripe = Blend(background, foreground, 0.12f);
        var width = request.Width;
        var height = request.Height;
        var text = BitmapFont.Filter(request.Text, 6);

        // Scale the initials to about half the height and at most 80 % of the width (one blank column between glyphs).
        var columns = text.Length == 0 ? 0 : (text.Length * (BitmapFont.GlyphWidth + 1)) - 1;
        var scale = columns == 0 ? 0 : Math.Max(1, Math.Min(height / 2 / BitmapFont.GlyphHeight, width * 4 / 5 / columns));
        var textLeft = (width - (columns * scale)) / 2;
        var textTop = (height - (BitmapFont.GlyphHeight * scale)) / 2;
        var frame = Math.Max(2, Math.Min(width, height) / 40);
        var stripeSpacing = Math.Max(8, Math.Min(width, height) / 8);

        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < width; x++)
                {
                    var pixel = ((x + y) % stripeSpacing) < stripeSpacing / 4 ? stripe : background;
                    if (x < frame || y < frame || x >= width - frame || y >= height - frame)
                    {
                        pixel = foreground;
                    }
                    else if (scale > 0 && x >= textLeft && y >= textTop && x < textLeft + (columns * scale) && y < textTop + (BitmapFont.GlyphHeight * scale))
                    {
                        var col = (x - textLeft) / scale;
                        var glyph = col / (BitmapFont.GlyphWidth + 1);
                        var gx = col % (BitmapFont.GlyphWidth + 1);
                        if (gx < BitmapFont.GlyphWidth && BitmapFont.IsSet(text[glyph], gx, (y - textTop) / scale))
                        {
                            pixel = foreground;
                        }
                    }

                    row[x] = pixel;
                }
            }
        });
        image.Save(output, new PngEncoder { ColorType = PngColorType.Rgb, CompressionLevel = PngCompressionLevel.DefaultCompression });
        return new GeneratedImage(width, height, "png");
    }

    private static Rgba32 Blend(Rgba32 a, Rgba32 b, float amount) => new(
        (byte)(a.R + ((b.R - a.R) * amount)),
        (byte)(a.G + ((b.G - a.G) * amount)),
        (byte)(a.B + ((b.B - a.B) * amount)),
        255);
}
