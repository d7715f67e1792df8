using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Core.Media;

/// <summary>
/// Reads and writes media items in the database. Every write raises <see cref="Notifications.MediaChangedNotification"/>
/// and refreshes the published snapshot, so /media/ and the site see the change at once (media has no draft state).
/// </summary>
public interface IMediaService
{
    Task<MediaItem?> GetByIdAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Children in sort order; null parent lists roots. Trashed items excluded.</summary>
    Task<IReadOnlyList<MediaItem>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default);

    /// <summary>Items in the recycle bin (top-level trashed items only).</summary>
    Task<IReadOnlyList<MediaItem>> GetTrashedAsync(CancellationToken cancellationToken = default);

    Task<OperationResult<MediaItem>> CreateFolderAsync(string name, Guid? parentKey, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates the file (<see cref="IMediaUploadValidator"/>), stores it under a generated name and creates an
    /// "Image" or "File" item. <paramref name="name"/> defaults to the sanitised file name without extension.
    /// </summary>
    Task<OperationResult<MediaItem>> UploadAsync(Stream content, string fileName, Guid? parentKey, string? name = null, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the file of an item: new storage path, URL and <see cref="MediaItem.Version"/> (renditions of the old one are never served again).</summary>
    Task<OperationResult<MediaItem>> ReplaceFileAsync(Guid key, Stream content, string fileName, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Sets (or clears, with null) the focal point; left and top are fractions 0..1.</summary>
    Task<OperationResult<MediaItem>> SetFocalPointAsync(Guid key, FocalPoint? focalPoint, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the item's crops (aliases unique; coordinates fractions cut from each side).</summary>
    Task<OperationResult<MediaItem>> SetCropsAsync(Guid key, IReadOnlyList<ImageCrop> crops, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Alternative text per culture (null or empty value removes the culture).</summary>
    Task<OperationResult<MediaItem>> SetAltTextAsync(Guid key, IReadOnlyDictionary<string, string?> altText, string? performingUser = null, CancellationToken cancellationToken = default);

    Task<OperationResult<MediaItem>> RenameAsync(Guid key, string name, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Moves an item (and its descendants) under a folder, or to the root with null.</summary>
    Task<OperationResult> MoveAsync(Guid key, Guid? newParentKey, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Moves an item and its descendants to the recycle bin: its URLs stop being served.</summary>
    Task<OperationResult> TrashAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a trashed item and its descendants for good: rows, stored files, and (through
    /// <see cref="Notifications.MediaChangedNotification"/>) their cached renditions. Refused for an item not in the bin.
    /// References from content are not checked here: callers show <see cref="GetReferencesAsync"/> and ask first.
    /// </summary>
    Task<OperationResult> DeleteAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every item of the media recycle bin for good, as <see cref="DeleteAsync"/> does one.</summary>
    Task<OperationResult> EmptyRecycleBinAsync(string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Documents whose saved or published values pick the item or one of its descendants (a media picker value names the key).</summary>
    Task<IReadOnlyList<MediaReference>> GetReferencesAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Brings an item and its descendants back from the recycle bin (to the root when the old parent is gone or trashed).</summary>
    Task<OperationResult> RestoreAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default);
}
