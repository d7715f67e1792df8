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
/// outlier among the first renditions). Then a few photo-sized renders (see <see cref="LargeRounds"/>). About a second
/// of one core in all; off with <c>AgriPole:Imaging:WarmUpRenditions</c> = false (test hosts).
/// </summary>
public sealed class RenditionWarmUp(
    RenditionProcessor processor,
    IHostApplicationLifetime lifetime,
    Microsoft.Extensions.Options.IOptions<Configuration.ImagingSettings> settings,
    ILogger<RenditionWarmUp> logger) : BackgroundService
{
    /// <summary>Small renders per format: past the runtime's tier-up call count (30).</summary>
    public const int Rounds = 36;

    /// <summary>
    /// Then renders of a photo-sized source (2400 × 1600 to 800 wide) per format: a large image takes paths a small one
    /// never does (pixel buffers split over the pool's 4 MB blocks, longer rows), which otherwise stayed unoptimised for
    /// the first two or three real renditions.
    /// </summary>
    public const int LargeRounds = 4;

    /// <summary>True once every warm-up rendition was made (false while running, or when the warm-up failed).</summary>
    public bool WarmedUp { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.WarmUpRenditions)
        {
            return;
        }

        // After start-up (the first page must not wait for it), on the thread pool.
        await WhenStartedAsync(stoppingToken);
        await Task.Yield();
        var path = Path.Combine(Path.GetTempPath(), $"agripole-warmup-{Guid.NewGuid():N}.jpg");
        var large = Path.ChangeExtension(path, ".large.jpg");
        try
        {
            await WriteSourceAsync(path, 240, 160, stoppingToken);
            await WriteSourceAsync(large, 2400, 1600, stoppingToken);
            await RenderAsync(path, 120, Rounds, stoppingToken);
            await RenderAsync(large, 800, LargeRounds, stoppingToken);
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
            foreach (var file in (string[])[path, large])
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A temp file left behind is harmless.
                }
            }
        }
    }

    private async Task RenderAsync(string path, int width, int rounds, CancellationToken stoppingToken)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var format in (string[])["webp", "jpg", "png"])
            {
                using var output = new MemoryStream();
                await processor.RenderAsync(path, new RenditionQuery { Width = width, Format = format, Quality = 80 }, output, stoppingToken);
            }
        }
    }

    private static async Task WriteSourceAsync(string path, int width, int height, CancellationToken stoppingToken)
    {
        using (var image = new Image<Rgb24>(width, height))
        {
            // A gradient with some texture rather than a flat colour, so the decoder and encoders take their usual paths.
            image.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++)
                {
                    var row = rows.GetRowSpan(y);
                    for (var x = 0; x < row.Length; x++)
                    {
                        row[x] = new Rgb24((byte)(x * 255 / width), (byte)((y * 255 / height) ^ (x & 15)), (byte)((x + y) / 2));
                    }
                }
            });
            await image.SaveAsJpegAsync(path, new JpegEncoder { Quality = 85 }, stoppingToken);
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}
