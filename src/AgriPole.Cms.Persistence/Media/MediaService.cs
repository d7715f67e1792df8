using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Persistence.Media;

/// <summary>
/// Writes media items, like <see cref="ContentService"/> writes documents: one transaction with a cache instruction for
/// the other nodes, then this node's snapshot refresh, then <see cref="MediaChangedNotification"/>. Files are validated
/// and stored before the transaction (outside the write lock: a decode can take a while) and removed again if it fails.
/// </summary>
public sealed class MediaService(
    CmsDbContextFactory dbFactory,
    CmsWriteGate writeGate,
    ICmsDefinitions definitions,
    IPublishedSnapshotService snapshots,
    IEventAggregator events,
    IMediaUploadValidator validator,
    IMediaFileStore files,
    CmsNodeIdentity node,
    TimeProvider clock,
    ILogger<MediaService> logger) : IMediaService
{
    private const string Folder = "Folder";
    private const string Image = "Image";

    public async Task<MediaItem?> GetByIdAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var entity = await db.Media.FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        return entity is null ? null : ContentMapper.ToMedia(entity);
    }

    public async Task<IReadOnlyList<MediaItem>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var entities = await db.Media.Where(m => m.ParentKey == parentKey && !m.Trashed).OrderBy(m => m.SortOrder).ToListAsync(cancellationToken);
        return entities.Select(ContentMapper.ToMedia).ToList();
    }

    public async Task<IReadOnlyList<MediaItem>> GetTrashedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var trashed = await db.Media.Where(m => m.Trashed).ToListAsync(cancellationToken);
        var trashedKeys = trashed.Select(m => m.Key).ToHashSet();
        return trashed.Where(m => m.ParentKey is not { } p || !trashedKeys.Contains(p)).OrderBy(m => m.UpdateDate).Select(ContentMapper.ToMedia).ToList();
    }

    public Task<OperationResult<MediaItem>> CreateFolderAsync(string name, Guid? parentKey, string? performingUser = null, CancellationToken cancellationToken = default) =>
        WriteAsync(async db =>
        {
            if (CleanName(name) is not { } clean)
            {
                return Fail(MediaErrors.InvalidName());
            }

            var entity = await NewEntityAsync(db, clean, Folder, parentKey, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.ParentNotFolder());
            }

            db.Media.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            return Done(entity);
        }, cancellationToken);

    public async Task<OperationResult<MediaItem>> UploadAsync(Stream content, string fileName, Guid? parentKey, string? name = null, string? performingUser = null, CancellationToken cancellationToken = default)
    {
        if (name is not null && CleanName(name) is null)
        {
            return OperationResult<MediaItem>.Fail(MediaErrors.InvalidName());
        }

        var validation = await validator.ValidateAsync(content, fileName, cancellationToken);
        if (!validation.IsValid)
        {
            return OperationResult<MediaItem>.Fail(validation.Error!);
        }

        using var file = validation.File!;
        var storagePath = await files.StoreAsync(file, cancellationToken);
        var result = await WriteAsync(async db =>
        {
            var itemName = CleanName(name ?? Path.GetFileNameWithoutExtension(file.SafeFileName)) ?? "file";
            var entity = await NewEntityAsync(db, itemName, file.MediaTypeAlias, parentKey, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.ParentNotFolder());
            }

            SetFile(entity, file, storagePath);
            db.Media.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            return Done(entity);
        }, cancellationToken, onFailure: () => files.Delete(storagePath));
        return result;
    }

    public async Task<OperationResult<MediaItem>> ReplaceFileAsync(Guid key, Stream content, string fileName, string? performingUser = null, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(content, fileName, cancellationToken);
        if (!validation.IsValid)
        {
            return OperationResult<MediaItem>.Fail(validation.Error!);
        }

        using var file = validation.File!;
        var storagePath = await files.StoreAsync(file, cancellationToken);
        string? oldPath = null;
        var result = await WriteAsync(async db =>
        {
            var entity = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.NotFound(key));
            }

            if (entity.MediaTypeAlias == Folder)
            {
                return Fail(MediaErrors.NoFile());
            }

            if ((entity.MediaTypeAlias == Image) != (file.MediaTypeAlias == Image))
            {
                return Fail(MediaErrors.KindChange(entity.MediaTypeAlias));
            }

            oldPath = entity.StoragePath;
            SetFile(entity, file, storagePath);
            entity.UpdateDate = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            return Done(entity);
        }, cancellationToken, onFailure: () => files.Delete(storagePath));

        if (result.Success && oldPath is not null)
        {
            // Other nodes may still serve the old URL until they replay the instruction; a missing file there is a 404,
            // which is what a replaced file's old URL answers anyway.
            try
            {
                files.Delete(oldPath);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not delete the replaced file {Path}", oldPath);
            }
        }

        return result;
    }

    public Task<OperationResult<MediaItem>> SetFocalPointAsync(Guid key, FocalPoint? focalPoint, string? performingUser = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(key, entity =>
        {
            if (entity.MediaTypeAlias != Image)
            {
                return MediaErrors.NotAnImage();
            }

            if (focalPoint is not null && !(IsFraction(focalPoint.Left) && IsFraction(focalPoint.Top)))
            {
                return MediaErrors.InvalidFocalPoint();
            }

            entity.FocalPoint = focalPoint is null ? null : ContentMapper.Serialize(new FocalPoint(Math.Round(focalPoint.Left, 4), Math.Round(focalPoint.Top, 4)));
            return null;
        }, cancellationToken);

    public Task<OperationResult<MediaItem>> SetCropsAsync(Guid key, IReadOnlyList<ImageCrop> crops, string? performingUser = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(key, entity =>
        {
            if (entity.MediaTypeAlias != Image)
            {
                return MediaErrors.NotAnImage();
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var crop in crops)
            {
                var alias = crop.Alias ?? string.Empty;
                var c = crop.Coordinates;
                if (alias.Length is 0 or > 64 || !alias.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_') || !seen.Add(alias)
                    || crop.Width is < 1 or > 8000 || crop.Height is < 1 or > 8000
                    || (c is not null && !(IsFraction(c.X1) && IsFraction(c.Y1) && IsFraction(c.X2) && IsFraction(c.Y2) && c.X1 + c.X2 < 1 && c.Y1 + c.Y2 < 1)))
                {
                    return MediaErrors.InvalidCrop(alias);
                }
            }

            entity.Crops = ContentMapper.Serialize(crops.ToList());
            return null;
        }, cancellationToken);

    public Task<OperationResult<MediaItem>> SetAltTextAsync(Guid key, IReadOnlyDictionary<string, string?> altText, string? performingUser = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(key, entity =>
        {
            var current = new Dictionary<string, string>(ContentMapper.Deserialize<Dictionary<string, string>>(entity.AltText) ?? [], StringComparer.OrdinalIgnoreCase);
            foreach (var (culture, text) in altText)
            {
                if (definitions.GetLanguage(culture) is not { } language || text?.Length > 500)
                {
                    return MediaErrors.InvalidAltText(culture);
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    current.Remove(language.IsoCode);
                }
                else
                {
                    current[language.IsoCode] = text.Trim();
                }
            }

            entity.AltText = ContentMapper.Serialize(current);
            return null;
        }, cancellationToken);

    public Task<OperationResult<MediaItem>> RenameAsync(Guid key, string name, string? performingUser = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(key, entity =>
        {
            if (CleanName(name) is not { } clean)
            {
                return MediaErrors.InvalidName();
            }

            entity.Name = clean;
            return null;
        }, cancellationToken);

    public async Task<OperationResult> MoveAsync(Guid key, Guid? newParentKey, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.NotFound(key));
            }

            MediaEntity? parent = null;
            if (newParentKey is { } pk)
            {
                parent = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == pk && !m.Trashed && m.MediaTypeAlias == Folder, cancellationToken);
                if (parent is null)
                {
                    return Fail(MediaErrors.ParentNotFolder());
                }

                if (pk == key || Keys.Split(parent.Path).Contains(key))
                {
                    return Fail(MediaErrors.MoveUnderItself());
                }
            }

            var maxSort = await db.Media.Where(m => m.ParentKey == newParentKey && m.Key != key).MaxAsync(m => (int?)m.SortOrder, cancellationToken);
            await ReparentAsync(db, entity, parent, cancellationToken);
            entity.SortOrder = maxSort is { } s ? s + 1 : 0;
            entity.UpdateDate = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            return Done(entity);
        }, cancellationToken);

    public async Task<OperationResult> TrashAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.NotFound(key));
            }

            var subtree = await SubtreeAsync(db, entity, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var m in subtree)
            {
                m.Trashed = true;
                m.UpdateDate = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            return Done(entity, subtree.Select(m => m.Key));
        }, cancellationToken);

    public async Task<OperationResult> RestoreAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.NotFound(key));
            }

            if (!entity.Trashed)
            {
                return Fail(MediaErrors.NotTrashed());
            }

            var subtree = await SubtreeAsync(db, entity, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var m in subtree)
            {
                m.Trashed = false;
                m.UpdateDate = now;
            }

            var parent = entity.ParentKey is { } pk
                ? await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == pk && !m.Trashed && m.MediaTypeAlias == Folder, cancellationToken)
                : null;
            if (entity.ParentKey is not null && parent is null)
            {
                // The old folder is gone or still in the bin: back to the root rather than into a hidden place.
                await ReparentAsync(db, entity, null, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Done(entity, subtree.Select(m => m.Key));
        }, cancellationToken);

    public async Task<OperationResult> DeleteAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default)
    {
        var storagePaths = new List<string>();
        var result = await WriteAsync(async db =>
        {
            var entity = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.NotFound(key));
            }

            if (!entity.Trashed)
            {
                return Fail(MediaErrors.NotTrashed());
            }

            var subtree = await SubtreeAsync(db, entity, cancellationToken);
            return await RemoveAsync(db, entity, subtree, storagePaths, cancellationToken);
        }, cancellationToken);
        DeleteFiles(result.Success ? storagePaths : []);
        return result;
    }

    public async Task<OperationResult> EmptyRecycleBinAsync(string? performingUser = null, CancellationToken cancellationToken = default)
    {
        var storagePaths = new List<string>();
        var result = await WriteAsync(async db =>
        {
            // Trash and restore move whole subtrees, so the bin is exactly the trashed rows.
            var trashed = await db.Media.AsTracking().Where(m => m.Trashed).ToListAsync(cancellationToken);
            return trashed.Count == 0
                ? new WriteOutcome(OperationResult<MediaItem>.Succeeded(null!), [])
                : await RemoveAsync(db, trashed[0], trashed, storagePaths, cancellationToken);
        }, cancellationToken);
        DeleteFiles(result.Success ? storagePaths : []);
        return result.Success ? OperationResult.Ok : result;
    }

    public async Task<IReadOnlyList<MediaReference>> GetReferencesAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var entity = await db.Media.FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (entity is null)
        {
            return [];
        }

        var defaultCulture = definitions.DefaultLanguage.IsoCode;
        var prefix = entity.Path + ",";
        var keys = await db.Media.Where(m => m.Key == key || m.Path.StartsWith(prefix)).Select(m => m.Key).ToListAsync(cancellationToken);
        var references = new List<MediaReference>();
        foreach (var mediaKey in keys.Take(500))
        {
            // Picker values store the key as a JSON string ("mediaKey": "…"), in draft and published values, invariant
            // or per culture, also inside blocks: a substring match finds them all (a GUID never matches by chance).
            var text = mediaKey.ToString("D");
            var nodes = await db.ContentNodes
                .Where(n => n.InvariantValues.Contains(text) || (n.PublishedInvariantValues != null && n.PublishedInvariantValues.Contains(text))
                    || n.Cultures.Any(c => c.Values.Contains(text) || (c.PublishedValues != null && c.PublishedValues.Contains(text))))
                .Select(n => new { n.Key, n.Trashed, Names = n.Cultures.OrderBy(c => c.Culture == defaultCulture ? 0 : 1).Select(c => c.Name).ToList() })
                .ToListAsync(cancellationToken);
            references.AddRange(nodes
                .Where(n => references.TrueForAll(r => r.ContentKey != n.Key))
                .Select(n => new MediaReference(n.Key, n.Names.FirstOrDefault() ?? n.Key.ToString(), n.Trashed, mediaKey)));
        }

        return references;
    }

    private Task<OperationResult<MediaItem>> UpdateAsync(Guid key, Func<MediaEntity, ValidationError?> change, CancellationToken cancellationToken) =>
        WriteAsync(async db =>
        {
            var entity = await db.Media.AsTracking().FirstOrDefaultAsync(m => m.Key == key && !m.Trashed, cancellationToken);
            if (entity is null)
            {
                return Fail(MediaErrors.NotFound(key));
            }

            if (change(entity) is { } error)
            {
                return Fail(error);
            }

            entity.UpdateDate = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            return Done(entity);
        }, cancellationToken);

    private async Task<MediaEntity?> NewEntityAsync(CmsDbContext db, string name, string alias, Guid? parentKey, CancellationToken cancellationToken)
    {
        MediaEntity? parent = null;
        if (parentKey is { } pk)
        {
            parent = await db.Media.FirstOrDefaultAsync(m => m.Key == pk && !m.Trashed && m.MediaTypeAlias == Folder, cancellationToken);
            if (parent is null)
            {
                return null;
            }
        }

        var key = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var maxSort = await db.Media.Where(m => m.ParentKey == parentKey).MaxAsync(m => (int?)m.SortOrder, cancellationToken);
        return new MediaEntity
        {
            Key = key,
            ParentKey = parentKey,
            Name = name,
            MediaTypeAlias = alias,
            SortOrder = maxSort is { } s ? s + 1 : 0,
            Level = parent is null ? 1 : parent.Level + 1,
            Path = parent is null ? Keys.Format(key) : parent.Path + "," + Keys.Format(key),
            CreateDate = now,
            UpdateDate = now,
        };
    }

    private void SetFile(MediaEntity entity, ValidatedMediaFile file, string storagePath)
    {
        entity.StoragePath = storagePath;
        entity.Url = files.GetUrl(storagePath);
        entity.Width = file.Width;
        entity.Height = file.Height;
        entity.Bytes = file.Bytes;
        entity.Extension = file.Extension;

        // A new version per file: rendition cache keys and URLs (v=) change with it.
        entity.Version = Guid.NewGuid().ToString("N");
    }

    private static async Task ReparentAsync(CmsDbContext db, MediaEntity entity, MediaEntity? parent, CancellationToken cancellationToken)
    {
        var oldPath = entity.Path;
        var oldLevel = entity.Level;
        entity.ParentKey = parent?.Key;
        entity.Level = parent is null ? 1 : parent.Level + 1;
        entity.Path = parent is null ? Keys.Format(entity.Key) : parent.Path + "," + Keys.Format(entity.Key);
        var prefix = oldPath + ",";
        foreach (var d in await db.Media.AsTracking().Where(m => m.Path.StartsWith(prefix)).ToListAsync(cancellationToken))
        {
            d.Path = entity.Path + d.Path[oldPath.Length..];
            d.Level = d.Level - oldLevel + entity.Level;
        }
    }

    private static async Task<WriteOutcome> RemoveAsync(CmsDbContext db, MediaEntity root, List<MediaEntity> rows, List<string> storagePaths, CancellationToken cancellationToken)
    {
        storagePaths.AddRange(rows.Select(m => m.StoragePath).OfType<string>());
        db.Media.RemoveRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return Done(root, rows.Select(m => m.Key));
    }

    // After the commit: a file that cannot be removed now is only disk space (no URL reaches it any more).
    private void DeleteFiles(List<string> storagePaths)
    {
        foreach (var path in storagePaths)
        {
            try
            {
                files.Delete(path);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not delete the media file {Path}", path);
            }
            catch (UnauthorizedAccessException ex)
            {
                logger.LogWarning(ex, "Could not delete the media file {Path}", path);
            }
        }
    }

    private static async Task<List<MediaEntity>> SubtreeAsync(CmsDbContext db, MediaEntity entity, CancellationToken cancellationToken)
    {
        var prefix = entity.Path + ",";
        var subtree = await db.Media.AsTracking().Where(m => m.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
        subtree.Add(entity);
        return subtree;
    }

    private static string? CleanName(string? name)
    {
        var clean = name?.Trim();
        return string.IsNullOrEmpty(clean) || clean.Length > 255 || clean.Any(char.IsControl) ? null : clean;
    }

    private static bool IsFraction(double value) => value is >= 0 and <= 1;

    private static WriteOutcome Fail(ValidationError error) => new(OperationResult<MediaItem>.Fail(error), []);

    private static WriteOutcome Done(MediaEntity entity, IEnumerable<Guid>? keys = null) =>
        new(OperationResult<MediaItem>.Succeeded(ContentMapper.ToMedia(entity)), keys?.ToList() ?? [entity.Key]);

    private async Task<OperationResult<MediaItem>> WriteAsync(Func<CmsDbContext, Task<WriteOutcome>> work, CancellationToken cancellationToken, Action? onFailure = null)
    {
        WriteOutcome outcome;
        var queued = await writeGate.EnterAsync(cancellationToken);
        try
        {
            await using var db = dbFactory.Create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            outcome = await work(db);
            if (!outcome.Result.Success)
            {
                await transaction.RollbackAsync(cancellationToken);
                onFailure?.Invoke();
                return outcome.Result;
            }

            db.CacheInstructions.Add(new CacheInstructionEntity
            {
                UtcStamp = clock.GetUtcNow().UtcDateTime,
                Originator = node.Id,
                Instructions = ContentMapper.Serialize(CacheInstruction.From(ContentChangeSet.ForMedia([.. outcome.Keys]))),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            onFailure?.Invoke();
            throw;
        }
        finally
        {
            queued.Dispose();
        }

        // Committed: from here on nothing may turn the write into a failure.
        try
        {
            await snapshots.RefreshAsync(ContentChangeSet.ForMedia([.. outcome.Keys]), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Refreshing the published snapshot failed after a committed media write; rebuilding");
            await snapshots.RebuildAsync(CancellationToken.None);
        }

        try
        {
            await events.PublishAsync(new MediaChangedNotification(outcome.Keys), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Raising MediaChangedNotification failed after a committed write");
        }

        return outcome.Result;
    }

    private sealed record WriteOutcome(OperationResult<MediaItem> Result, IReadOnlyCollection<Guid> Keys);
}
