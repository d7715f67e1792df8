namespace AgriPole.Web.Hosting;

/// <summary>
/// wwwroot/ and umbraco-config/ sit at the repository root, not in the project: find them by walking up from the
/// content root (dotnet run, tests) or next to the binaries (a published build copies them there).
/// </summary>
public static class SiteLayout
{
    public static WebApplicationOptions CreateOptions(string[] args)
    {
        var contentRoot = Directory.GetCurrentDirectory();
        return new WebApplicationOptions
        {
            Args = args,
            WebRootPath = FindFolder("wwwroot", contentRoot, AppContext.BaseDirectory),
        };
    }

    /// <summary>
    /// The nearest non-empty folder named <paramref name="name"/> at or above each start folder, in order; else the first
    /// start + name. Empty ones are skipped: ASP.NET creates an empty wwwroot where none was found, and that leftover
    /// (in a bin folder, say) must not hide the real one above it.
    /// </summary>
    public static string FindFolder(string name, params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Directory.Exists(candidate) && Directory.EnumerateFileSystemEntries(candidate).Any())
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(startFolders[0], name);
    }
}
