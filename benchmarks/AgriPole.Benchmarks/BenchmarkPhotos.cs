using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace AgriPole.Benchmarks;

/// <summary>Photo-like JPEG sources (gradients and noise, blurred), so decodes and encodes do realistic work.</summary>
internal static class BenchmarkPhotos
{
    /// <param name="dress">Changes the image before it is saved (a camera's EXIF, for example).</param>
    public static byte[] Jpeg(int width, int height, int quality = 75, Action<Image>? dress = null)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(42);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var n = random.Next(24);
                    row[x] = new Rgb24((byte)((x * 255 / width) ^ n), (byte)((y * 255 / height) + n), (byte)(((x + y) / 16 % 255) + n));
                }
            }
        });
        image.Mutate(c => c.GaussianBlur(1.5f));
        dress?.Invoke(image);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = quality });
        return stream.ToArray();
    }
}
