namespace AgriPole.Cms.Core.Configuration;

/// <summary>Where the node keeps its files, shared by storage, media and search so they agree.</summary>
public static class CmsPaths
{
    /// <summary>The absolute DataFolder (App_Data): relative settings are resolved against the content root.</summary>
    public static string ResolveDataFolder(string? dataFolder, string contentRoot)
    {
        var folder = string.IsNullOrWhiteSpace(dataFolder) ? "App_Data" : dataFolder;
        return Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(contentRoot, folder));
    }

    /// <summary>Original media files: {DataFolder}/media.</summary>
    public static string MediaFolder(string dataFolder) => Path.Combine(dataFolder, "media");
}
