using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Renditions on disk at {CacheFolder}/{item key}/{version hash}/{hash of the normalised query}.{ext}. The version is
/// part of the path and of the hash, so a replaced file never serves an old rendition, and old versions can be dropped
/// folder by folder. Concurrent requests for one missing rendition share a single render.
/// </summary>
public sealed class RenditionCache(
    ImagingPaths paths,
    ImageDecodeGate gate,
    RenditionProcessor processor,
    IOptions<ImagingSettings> settings,
    ILogger<RenditionCache> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>64 hex chars identifying the rendition of this file version; also its ETag.</summary>
    public static string ComputeHash(MediaItem item, RenditionQuery resolved)
    {
        var text = $"{item.Key:N}|{item.Version}|{item.StoragePath}|{resolved.Normalized}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash);
    }

    public string GetPath(MediaItem item, string hash, string format) =>
        Path.Combine(paths.CacheRoot, item.Key.ToString("N"), VersionFolder(item.Version), $"{hash}.{format}");

    /// <summary>The cached file, rendering it first (in a decode slot) when missing.</summary>
    public async Task<string> GetOrCreateAsync(MediaItem item, RenditionQuery resolved, string hash, string sourcePath, CancellationToken cancellationToken)
    {
        var path = GetPath(item, hash, resolved.Format!);
        if (File.Exists(path))
        {
            return path;
        }

        var render = _inFlight.GetOrAdd(hash, _ => new Lazy<Task<string>>(() => RenderAsync(item, path, resolved, sourcePath)));
        try
        {
            return await render.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (render.Value.IsCompleted)
            {
                _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(hash, render));
            }
        }
    }

    /// <summary>Drops cached renditions of an item: all of them, or those of versions other than <paramref name="keepVersion"/>.</summary>
    public void Purge(Guid key, string? keepVersion)
    {
        var folder = Path.Combine(paths.CacheRoot, key.ToString("N"));
        if (!Directory.Exists(folder))
        {
            return;
        }

        var keep = keepVersion is null ? null : VersionFolder(keepVersion);
        foreach (var versionFolder in Directory.EnumerateDirectories(folder))
        {
            if (Path.GetFileName(versionFolder) == keep)
            {
                continue;
            }

            try
            {
                Directory.Delete(versionFolder, recursive: true);
            }
            catch (IOException ex)
            {
                // A rendition being sent right now keeps its file open; the next change retries.
                logger.LogDebug(ex, "Could not purge {Folder}", versionFolder);
            }
        }

        if (keep is null)
        {
            // Deleted or trashed: nothing of the item stays behind (a concurrent render recreates the folder, harmlessly).
            try
            {
                Directory.Delete(folder, recursive: false);
            }
            catch (IOException ex)
            {
                logger.LogDebug(ex, "Could not purge {Folder}", folder);
            }
        }
    }

    private async Task<string> RenderAsync(MediaItem item, string path, RenditionQuery resolved, string sourcePath)
    {
        // Not tied to one request: the render is shared by every request waiting for it, and bounded by the gate's deadline.
        return await gate.RunAsync(
            ImageDecodeGate.Estimate(item.Width, item.Height, 4),
            async token =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                try
                {
                    await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                    {
                        await processor.RenderAsync(sourcePath, resolved, output, token);
                    }

                    File.Move(temp, path, overwrite: true);
                    return path;
                }
                finally
                {
                    if (File.Exists(temp))
                    {
                        File.Delete(temp);
                    }
                }
            },
            settings.Value.DecodeQueueTimeout,
            CancellationToken.None);
    }

    private static string VersionFolder(string version)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(version), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
