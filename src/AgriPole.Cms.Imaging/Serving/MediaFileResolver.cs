using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Serving;

/// <summary>
/// Maps a /media/... URL to a file only if a media item in the current snapshot has that URL: nothing else under the
/// media folder is reachable, and no request path is ever joined onto a file path (no traversal).
/// </summary>
public sealed class MediaFileResolver
{
    private readonly IPublishedSnapshotAccessor _snapshots;
    private readonly string _mediaRoot;
    private volatile UrlIndex? _index;

    public MediaFileResolver(IPublishedSnapshotAccessor snapshots, IOptions<CmsSettings> settings, IHostEnvironment environment)
    {
        _snapshots = snapshots;
        _mediaRoot = Path.GetFullPath(CmsPaths.MediaFolder(CmsPaths.ResolveDataFolder(settings.Value.DataFolder, environment.ContentRootPath)));
    }

    public string MediaRoot => _mediaRoot;

    /// <summary>The media item and its absolute file path, or null.</summary>
    public (MediaItem Item, string FilePath)? Resolve(string url)
    {
        var snapshot = _snapshots.Current;
        var index = _index;
        if (index is null || index.Version != snapshot.Version)
        {
            index = new UrlIndex(snapshot.Version, snapshot.AllMedia
                .Where(m => m.Url is not null && m.StoragePath is not null)
                .GroupBy(m => m.Url!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase));
            _index = index;
        }

        if (!index.ByUrl.TryGetValue(url, out var item))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_mediaRoot, item.StoragePath!));
        if (!full.StartsWith(_mediaRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        return (item, full);
    }

    private sealed record UrlIndex(long Version, Dictionary<string, MediaItem> ByUrl);
}
