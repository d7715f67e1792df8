using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Renders one tiny generated JPEG to WebP, JPEG and PNG once at start, in the background. The first rendition a
/// process makes otherwise pays the JIT of the whole decode → resize → encode path, and a visitor or editor should not.
/// </summary>
public sealed class RenditionWarmUp(RenditionProcessor processor, ILogger<RenditionWarmUp> logger) : BackgroundService
{
    /// <summary>True once the three renditions were made (false while running, or when the warm-up failed).</summary>
    public bool WarmedUp { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var path = Path.Combine(Path.GetTempPath(), $"agripole-warmup-{Guid.NewGuid():N}.jpg");
        try
        {
            using (var image = new Image<Rgb24>(96, 64, new Rgb24(90, 140, 60)))
            {
                await image.SaveAsJpegAsync(path, new JpegEncoder { Quality = 80 }, stoppingToken);
            }

            foreach (var format in (string[])["webp", "jpg", "png"])
            {
                using var output = new MemoryStream();
                await processor.RenderAsync(path, new RenditionQuery { Width = 48, Height = 32, Format = format, Quality = 80 }, output, stoppingToken);
            }

            WarmedUp = true;
            logger.LogDebug("Rendition pipeline warmed up");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down during start: nothing to warm.
        }
        catch (Exception ex)
        {
            // Only a warm-up: the first real rendition then pays the JIT, nothing else changes.
            logger.LogWarning(ex, "Rendition warm-up failed");
        }
        finally
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A temp file left behind is harmless.
            }
        }
    }
}
