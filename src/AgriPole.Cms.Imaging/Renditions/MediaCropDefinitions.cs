using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>The named crops of every media picker data type (umbraco-config/data-types.json), alias → size.</summary>
public sealed class MediaCropDefinitions
{
    private readonly Lazy<IReadOnlyDictionary<string, (int Width, int Height)>> _crops;

    public MediaCropDefinitions(IServiceProvider services) =>
        _crops = new Lazy<IReadOnlyDictionary<string, (int, int)>>(() => Read(services.GetService<ICmsDefinitions>()));

    public IReadOnlyDictionary<string, (int Width, int Height)> All => _crops.Value;

    public (int Width, int Height)? Find(string alias) => All.TryGetValue(alias, out var size) ? size : null;

    public static IReadOnlyDictionary<string, (int Width, int Height)> Read(ICmsDefinitions? definitions)
    {
        var crops = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        if (definitions is null)
        {
            return crops;
        }

        foreach (var dataType in definitions.DataTypes.Values.Where(d => d.EditorAlias == PropertyEditorAliases.MediaPicker3))
        {
            if (dataType.Configuration.ValueKind != JsonValueKind.Object
                || !dataType.Configuration.TryGetProperty("crops", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var crop in list.EnumerateArray())
            {
                if (crop.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String
                    && crop.TryGetProperty("width", out var w) && w.TryGetInt32(out var width) && width > 0
                    && crop.TryGetProperty("height", out var h) && h.TryGetInt32(out var height) && height > 0)
                {
                    crops.TryAdd(alias.GetString()!, (width, height));
                }
            }
        }

        return crops;
    }
}
