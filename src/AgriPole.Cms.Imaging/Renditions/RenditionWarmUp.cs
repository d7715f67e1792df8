using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Renders a small generated JPEG to WebP, JPEG and PNG <see cref="Rounds"/> times, in the background once the app has
/// started. Once is not enough: the runtime first compiles each method quickly and unoptimised (tier 0) and recompiles
/// it optimised only after about 30 calls, so after a single warm-up render the first real rendition still ran the
/// decoder, resampler and encoders' per-image methods unoptimised (2 to 5 times slower than the next ones: the one
/// outlier among the first renditions). Thirty-odd small renders cost well under a second of one core.
/// </summary>
public sealed class RenditionWarmUp(RenditionProcessor processor, IHostApplicationLifetime lifetime, ILogger<RenditionWarmUp> logger) : BackgroundService
{
    /// <summary>Renders per format: past the runtime's tier-up call count (30).</summary>
    public const int Rounds = 36;

    /// <summary>True once every warm-up rendition was made (false while running, or when the warm-up failed).</summary>
    public bool WarmedUp { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up (the first page must not wait for it), on the thread pool.
        await WhenStartedAsync(stoppingToken);
        await Task.Yield();
        var path = Path.Combine(Path.GetTempPath(), $"agripole-warmup-{Guid.NewGuid():N}.jpg");
        try
        {
            using (var image = new Image<Rgb24>(240, 160))
            {
                // A gradient rather than a flat colour, so the encoders take their usual paths.
                image.ProcessPixelRows(rows =>
                {
                    for (var y = 0; y < rows.Height; y++)
                    {
                        var row = rows.GetRowSpan(y);
                        for (var x = 0; x < row.Length; x++)
                        {
                            row[x] = new Rgb24((byte)x, (byte)(y + 60), (byte)((x + y) / 2));
                        }
                    }
                });
                await image.SaveAsJpegAsync(path, new JpegEncoder { Quality = 80 }, stoppingToken);
            }

            for (var round = 0; round < Rounds; round++)
            {
                foreach (var format in (string[])["webp", "jpg", "png"])
                {
                    using var output = new MemoryStream();
                    await processor.RenderAsync(path, new RenditionQuery { Width = 120, Format = format, Quality = 80 }, output, stoppingToken);
                }
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
            // Only a warm-up: the first real renditions then run unoptimised code, nothing else changes.
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

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}
