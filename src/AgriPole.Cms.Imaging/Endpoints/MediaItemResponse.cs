using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Imaging.Endpoints;

/// <summary>What the back-office media endpoints return (camelCase JSON).</summary>
public sealed record MediaItemResponse(
    Guid Key,
    Guid? ParentKey,
    string Name,
    string MediaTypeAlias,
    string? Url,
    int? Width,
    int? Height,
    long? Bytes,
    string? Extension,
    FocalPoint? FocalPoint,
    IReadOnlyList<ImageCrop> Crops,
    string Version,
    IReadOnlyDictionary<string, string> AltText)
{
    public static MediaItemResponse From(MediaItem item) => new(
        item.Key, item.ParentKey, item.Name, item.MediaTypeAlias, item.Url, item.Width, item.Height, item.Bytes,
        item.Extension, item.FocalPoint, item.Crops, item.Version, item.AltText);
}
