using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Processing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Renditions on disk at {CacheFolder}/{item key}/{version hash}/{hash of the normalised query}.{ext}. The version is
/// part of the path and of the hash, so a replaced file never serves an old rendition, and old versions can be dropped
/// folder by folder. Concurrent requests for one missing rendition share a single render. Small renditions are also
/// kept in memory (bounded, per node; <see cref="ImagingSettings.RenditionMemoryCacheMegabytes"/>), so a hit costs no
/// file system call; a purge drops the item's entries from memory too.
/// </summary>
public sealed class RenditionCache(
    ImagingPaths paths,
    ImageDecodeGate gate,
    RenditionProcessor processor,
    IOptions<ImagingSettings> settings,
    ILogger<RenditionCache> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _inFlight = new(StringComparer.Ordinal);

    private readonly MemoryCache? _memory = settings.Value.RenditionMemoryCacheMegabytes > 0
        ? new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.Value.RenditionMemoryCacheMegabytes * 1024L * 1024 })
        : null;

    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _itemTokens = new();

    public void Dispose()
    {
        _memory?.Dispose();
        foreach (var token in _itemTokens.Values)
        {
            token.Dispose();
        }
    }

    /// <summary>The rendition's bytes when memory holds them.</summary>
    public bool TryGetBytes(string hash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        return _memory is not null && _memory.TryGetValue(hash, out bytes) && bytes is not null;
    }

    /// <summary>
    /// Reads a cached rendition file into memory when it is small enough to keep there; null (send it from disk) when it
    /// is too large, memory caching is off, or the file went away meanwhile.
    /// </summary>
    public async Task<byte[]?> RememberAsync(Guid itemKey, string hash, string path, CancellationToken cancellationToken)
    {
        if (_memory is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > settings.Value.RenditionMemoryEntryKilobytes * 1024L)
            {
                return null;
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var token = _itemTokens.GetOrAdd(itemKey, _ => new CancellationTokenSource());
        using var entry = _memory.CreateEntry(hash);
        entry.Value = bytes;
        entry.Size = bytes.Length;
        entry.AddExpirationToken(new CancellationChangeToken(token.Token));
        return bytes;
    }

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
        // Memory first: entries are keyed by hashes that include the version, so the kept version's ones simply come back.
        if (_itemTokens.TryRemove(key, out var token))
        {
            token.Cancel();
            token.Dispose();
        }

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
