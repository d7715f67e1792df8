using AgriPole.Cms.Imaging.Configuration;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>Holds the node's single hardened ImageSharp configuration (see <see cref="HardenedImageConfiguration"/>).</summary>
public sealed class HardenedImaging(IOptions<ImagingSettings> settings)
{
    public SixLabors.ImageSharp.Configuration Configuration { get; } = HardenedImageConfiguration.Create(settings.Value);
}
