using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.LoadDriver;

/// <summary>Photo-like JPEGs (smooth gradients, waves and grain, so they compress like photographs, not like flat fills), distinct per seed.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width, int height, int seed, int quality = 85)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(seed);
        var fx = 0.002 + (random.NextDouble() * 0.01);
        var fy = 0.002 + (random.NextDouble() * 0.01);
        var phase = random.NextDouble() * Math.PI * 2;
        image.ProcessPixelRows(rows =>
        {
            var grain = new Random(seed * 7919);
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var wave = Math.Sin((x * fx) + phase) * Math.Cos(y * fy);
                    var noise = grain.Next(-12, 13);
                    row[x] = new Rgb24(
                        Clamp((x * 200 / width) + (wave * 40) + noise),
                        Clamp(90 + (wave * 80) + noise),
                        Clamp((y * 200 / height) - (wave * 40) + noise));
                }
            }
        });
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = quality });
        return stream.ToArray();
    }

    private static byte Clamp(double v) => (byte)Math.Clamp(v, 0, 255);
}
