namespace AgriPole.Cms.Core.Configuration;

/// <summary>Finds the umbraco-config folder: the setting, else the nearest one at or above the content root, else beside the binaries.</summary>
public static class CmsConfigFolder
{
    public const string FolderName = "umbraco-config";

    public static string Resolve(string? configured, string contentRoot, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(baseDirectory, FolderName);
    }
}
