using System.Security.Cryptography;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Configuration;

namespace AgriPole.Cms.Imaging.Uploads;

/// <summary>Files under the media root as "{2 hex}/{32 hex}.{ext}": generated, unguessable, never the uploader's name.</summary>
public sealed class MediaFileStore(ImagingPaths paths) : IMediaFileStore
{
    public const string UrlPrefix = "/media/";

    public string RootPath => paths.MediaRoot;

    public Task<string> StoreAsync(ValidatedMediaFile file, CancellationToken cancellationToken = default)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var storagePath = $"{name[..2]}/{name}.{file.Extension}";
        var target = GetPhysicalPath(storagePath)!;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(file.TempFilePath, target);
        return Task.FromResult(storagePath);
    }

    public string GetUrl(string storagePath) => UrlPrefix + storagePath.TrimStart('/');

    public string? GetPhysicalPath(string storagePath)
    {
        if (string.IsNullOrEmpty(storagePath) || storagePath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var root = paths.MediaRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, storagePath.TrimStart('/', '\\')));
        return full.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }

    public bool Delete(string storagePath)
    {
        var path = GetPhysicalPath(storagePath);
        if (path is null || !File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }
}
