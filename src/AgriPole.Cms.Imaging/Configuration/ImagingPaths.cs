using AgriPole.Cms.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Configuration;

/// <summary>Absolute folders of this node: media root, rendition cache and upload scratch space, all under the data folder by default.</summary>
public sealed class ImagingPaths
{
    public ImagingPaths(IOptions<CmsSettings> cms, IOptions<ImagingSettings> imaging, IHostEnvironment environment)
    {
        DataFolder = CmsPaths.ResolveDataFolder(cms.Value.DataFolder, environment.ContentRootPath);

        // The seeder writes placeholders to CmsPaths.MediaFolder; the default "media" is the same folder.
        MediaRoot = Resolve(imaging.Value.MediaFolder);
        CacheRoot = Resolve(imaging.Value.CacheFolder);

        // Beside the media root (same volume), so storing a validated upload is a rename, not a copy.
        TempRoot = Path.Combine(DataFolder, "MediaTemp");
    }

    public string DataFolder { get; }

    public string MediaRoot { get; }

    public string CacheRoot { get; }

    public string TempRoot { get; }

    private string Resolve(string folder) => Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(DataFolder, folder));
}
