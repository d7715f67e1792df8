using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Core.Text;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Persistence.Content;

/// <summary>
/// Writes documents. Every write is one transaction that also appends a cache instruction (for the other nodes); after
/// the commit (and the release of the write lock) this node's snapshot is refreshed, then the notifications are raised.
/// The transactions of this node's writes are serialised; a draft save writes no instruction and refreshes nothing.
/// </summary>
public sealed class ContentService(
    CmsDbContextFactory dbFactory,
    CmsWriteGate writeGate,
    ICmsDefinitions definitions,
    IPublishedSnapshotService snapshots,
    IEventAggregator events,
    CmsNodeIdentity node,
    TimeProvider clock,
    ILogger<ContentService> logger) : IContentService
{
    public async Task<ContentItem?> GetByIdAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var entity = await db.ContentNodes.Include(n => n.Cultures).FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
        return entity is null ? null : ContentMapper.ToItem(entity);
    }

    public async Task<IReadOnlyList<ContentItem>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var entities = await db.ContentNodes.Include(n => n.Cultures)
            .Where(n => n.ParentKey == parentKey && !n.Trashed)
            .OrderBy(n => n.SortOrder)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return entities.Select(e => ContentMapper.ToItem(e)).ToList();
    }

    public Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string? performingUser = null, CancellationToken cancellationToken = default) =>
        WriteAsync(async db =>
        {
            var type = definitions.GetContentType(item.ContentTypeAlias);
            if (type is null || type.IsElement)
            {
                return Fail<ContentItem>(Errors.UnknownContentType(item.ContentTypeAlias));
            }

            NormaliseInvariantType(item, type);
            var errors = ContentValidator.ValidateForSave(item, type, definitions);
            var now = clock.GetUtcNow().UtcDateTime;
            var entity = await LoadTrackedAsync(db, item.Key, cancellationToken);
            if (entity is null)
            {
                var parent = item.ParentKey is { } pk ? await LoadTrackedAsync(db, pk, cancellationToken) : null;
                if (ParentError(type, item.ParentKey, parent) is { } parentError)
                {
                    errors.Add(parentError);
                }

                if (errors.Count > 0)
                {
                    return Fail<ContentItem>([.. errors]);
                }

                var maxSort = await db.ContentNodes.Where(n => n.ParentKey == item.ParentKey).MaxAsync(n => (int?)n.SortOrder, cancellationToken);
                entity = new ContentNodeEntity
                {
                    Key = item.Key == Guid.Empty ? Guid.NewGuid() : item.Key,
                    ParentKey = item.ParentKey,
                    ContentTypeAlias = type.Alias,
                    SortOrder = maxSort is { } m ? m + 1 : 0,
                    CreateDate = now,
                };
                entity.Level = parent is null ? 1 : parent.Level + 1;
                entity.Path = parent is null ? Keys.Format(entity.Key) : parent.Path + "," + Keys.Format(entity.Key);
                db.ContentNodes.Add(entity);
            }
            else
            {
                if (entity.Trashed)
                {
                    errors.Add(Errors.Trashed());
                }

                if (!string.Equals(entity.ContentTypeAlias, type.Alias, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(Errors.ContentTypeChange());
                }

                if (errors.Count > 0)
                {
                    return Fail<ContentItem>([.. errors]);
                }
            }

            var segmentErrors = await ApplyDraftAsync(db, entity, item, now, cancellationToken);
            if (segmentErrors.Count > 0)
            {
                return Fail<ContentItem>([.. segmentErrors]);
            }

            AddVersion(db, entity, "save", item.Cultures.Keys, performingUser, now);
            await db.SaveChangesAsync(cancellationToken);
            var saved = ContentMapper.ToItem(entity);

            // A save writes the draft only: published names, segments, values, place and dates are untouched (the
            // published UpdateDate is the last publish), so neither this node's snapshot nor another's can change.
            return Done(saved, ContentChangeSet.None, () => events.PublishAsync(new ContentSavedNotification(entity.Key, [.. item.Cultures.Keys]), cancellationToken));
        }, cancellationToken);

    public Task<OperationResult<ContentItem>> PublishAsync(Guid key, IReadOnlyCollection<string> cultures, string? performingUser = null, CancellationToken cancellationToken = default) =>
        WriteAsync(async db =>
        {
            var entity = await LoadTrackedAsync(db, key, cancellationToken);
            if (entity is null)
            {
                return Fail<ContentItem>(Errors.NotFound(key));
            }

            var type = definitions.GetContentType(entity.ContentTypeAlias);
            if (type is null)
            {
                return Fail<ContentItem>(Errors.UnknownContentType(entity.ContentTypeAlias));
            }

            if (entity.Trashed)
            {
                return Fail<ContentItem>(Errors.Trashed());
            }

            var requested = ExpandCultures(entity, type, cultures, out var cultureErrors);
            if (cultureErrors.Count > 0)
            {
                return Fail<ContentItem>([.. cultureErrors]);
            }

            var errors = new List<ValidationError>();
            foreach (var language in definitions.Languages.Where(l => l.IsMandatory))
            {
                var alreadyPublished = entity.Cultures.Any(c => c.IsPublished && string.Equals(c.Culture, language.IsoCode, StringComparison.OrdinalIgnoreCase));
                if (!alreadyPublished && !requested.Contains(language.IsoCode, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(Errors.MandatoryCultureFirst(language));
                }
            }

            if (entity.ParentKey is { } pk)
            {
                var parent = await db.ContentNodes.Include(n => n.Cultures).FirstOrDefaultAsync(n => n.Key == pk, cancellationToken);
                if (parent is null || parent.Trashed || !parent.Cultures.Any(c => c.IsPublished))
                {
                    errors.Add(Errors.ParentNotPublished());
                }
            }

            var item = ContentMapper.ToItem(entity, ValueLoad.Draft);
            errors.AddRange(ContentValidator.ValidateForPublish(item, type, requested));
            if (errors.Count > 0)
            {
                return Fail<ContentItem>([.. errors]);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var culture in entity.Cultures.Where(c => requested.Contains(c.Culture, StringComparer.OrdinalIgnoreCase)))
            {
                culture.IsPublished = true;
                culture.PublishedName = culture.Name;
                culture.PublishedUrlSegment = culture.UrlSegment;
                culture.PublishedValues = culture.Values;
                culture.PublishDate = now;
                culture.IsEdited = false;
                culture.UpdateDate = now;
            }

            entity.PublishedInvariantValues = entity.InvariantValues;
            entity.UpdateDate = now;
            AddVersion(db, entity, "publish", requested, performingUser, now);
            await db.SaveChangesAsync(cancellationToken);
            return Done(ContentMapper.ToItem(entity), ContentChangeSet.ForContent(key), () => events.PublishAsync(new ContentPublishedNotification(key, requested), cancellationToken));
        }, cancellationToken);

    public Task<OperationResult<ContentItem>> UnpublishAsync(Guid key, IReadOnlyCollection<string> cultures, string? performingUser = null, CancellationToken cancellationToken = default) =>
        WriteAsync(async db =>
        {
            var entity = await LoadTrackedAsync(db, key, cancellationToken);
            if (entity is null)
            {
                return Fail<ContentItem>(Errors.NotFound(key));
            }

            var type = definitions.GetContentType(entity.ContentTypeAlias);
            var requested = ExpandCultures(entity, type, cultures, out var cultureErrors);
            if (cultureErrors.Count > 0)
            {
                return Fail<ContentItem>([.. cultureErrors]);
            }

            // Without its mandatory culture a document cannot stay published at all (Umbraco does the same).
            var all = type is null || !type.VariesByCulture
                || requested.Any(c => definitions.GetLanguage(c)?.IsMandatory == true);
            var now = clock.GetUtcNow().UtcDateTime;
            var unpublished = new List<string>();
            foreach (var culture in entity.Cultures.Where(c => c.IsPublished && (all || requested.Contains(c.Culture, StringComparer.OrdinalIgnoreCase))))
            {
                Unpublish(culture, now);
                unpublished.Add(culture.Culture);
            }

            if (!entity.Cultures.Any(c => c.IsPublished))
            {
                entity.PublishedInvariantValues = null;
            }

            entity.UpdateDate = now;
            AddVersion(db, entity, "unpublish", unpublished, performingUser, now);
            await db.SaveChangesAsync(cancellationToken);
            return Done(ContentMapper.ToItem(entity), ContentChangeSet.ForContent(key), () => events.PublishAsync(new ContentUnpublishedNotification(key, unpublished), cancellationToken));
        }, cancellationToken);

    /// <summary>
    /// The untrashed children of <paramref name="parentKey"/> other than <paramref name="entity"/>, after making the
    /// entity's draft and published URL segments unique among theirs, culture by culture (a move or a restore).
    /// </summary>
    private static async Task<List<ContentNodeEntity>> JoinSiblingsAsync(CmsDbContext db, ContentNodeEntity entity, Guid? parentKey, CancellationToken cancellationToken)
    {
        var siblings = await db.ContentNodes.Include(n => n.Cultures)
            .Where(n => n.ParentKey == parentKey && n.Key != entity.Key && !n.Trashed)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var culture in entity.Cultures)
        {
            var taken = siblings.SelectMany(s => s.Cultures)
                .Where(c => string.Equals(c.Culture, culture.Culture, StringComparison.OrdinalIgnoreCase))
                .SelectMany(c => new[] { c.UrlSegment, c.PublishedUrlSegment ?? string.Empty })
                .ToList();
            culture.UrlSegment = UrlSegments.MakeUnique(culture.UrlSegment, taken);
            if (culture.PublishedUrlSegment is { } published)
            {
                culture.PublishedUrlSegment = UrlSegments.MakeUnique(published, taken);
            }
        }

        return siblings;
    }

    public async Task<OperationResult> MoveAsync(Guid key, Guid? newParentKey, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await LoadTrackedAsync(db, key, cancellationToken);
            if (entity is null)
            {
                return Fail<bool>(Errors.NotFound(key));
            }

            var type = definitions.GetContentType(entity.ContentTypeAlias);
            var parent = newParentKey is { } pk ? await LoadTrackedAsync(db, pk, cancellationToken) : null;
            if (newParentKey == key || (parent is not null && Keys.Split(parent.Path).Contains(key)))
            {
                return Fail<bool>(Errors.MoveUnderItself());
            }

            if (type is null || ParentError(type, newParentKey, parent) is { } parentError)
            {
                return Fail<bool>(type is null ? Errors.UnknownContentType(entity.ContentTypeAlias) : ParentError(type, newParentKey, parent)!);
            }

            var oldParent = entity.ParentKey;
            var now = clock.GetUtcNow().UtcDateTime;
            var siblings = await JoinSiblingsAsync(db, entity, newParentKey, cancellationToken);

            var oldPath = entity.Path;
            var oldLevel = entity.Level;
            entity.ParentKey = newParentKey;
            entity.Level = parent is null ? 1 : parent.Level + 1;
            entity.Path = parent is null ? Keys.Format(key) : parent.Path + "," + Keys.Format(key);
            entity.SortOrder = siblings.Count == 0 ? 0 : siblings.Max(s => s.SortOrder) + 1;
            entity.UpdateDate = now;
            var prefix = oldPath + ",";
            var descendants = await db.ContentNodes.AsTracking().Where(n => n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
            foreach (var d in descendants)
            {
                d.Path = entity.Path + d.Path[oldPath.Length..];
                d.Level = d.Level - oldLevel + entity.Level;
            }

            AddVersion(db, entity, "move", null, performingUser, now);
            await db.SaveChangesAsync(cancellationToken);
            return Done(true, ContentChangeSet.ForContent(key), () => events.PublishAsync(new ContentMovedNotification(key, oldParent, newParentKey), cancellationToken));
        }, cancellationToken);

    public async Task<OperationResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var children = await db.ContentNodes.AsTracking()
                .Where(n => n.ParentKey == parentKey && !n.Trashed)
                .OrderBy(n => n.SortOrder)
                .ToListAsync(cancellationToken);
            var byKey = children.ToDictionary(c => c.Key);
            var errors = orderedKeys.Where(k => !byKey.ContainsKey(k)).Select(Errors.NotAChild).ToArray();
            if (errors.Length > 0 || orderedKeys.Distinct().Count() != orderedKeys.Count)
            {
                return Fail<bool>(errors.Length > 0 ? errors : [Errors.DuplicateInSort()]);
            }

            var ordered = orderedKeys.Select(k => byKey[k]).Concat(children.Where(c => !orderedKeys.Contains(c.Key))).ToList();
            var changed = new List<Guid>();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].SortOrder != i)
                {
                    ordered[i].SortOrder = i;
                    changed.Add(ordered[i].Key);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return Done(true, new ContentChangeSet(changed, []), () => Task.CompletedTask);
        }, cancellationToken);

    public async Task<OperationResult> TrashAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await LoadTrackedAsync(db, key, cancellationToken);
            if (entity is null)
            {
                return Fail<bool>(Errors.NotFound(key));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var prefix = entity.Path + ",";
            var subtree = await db.ContentNodes.AsTracking().Include(n => n.Cultures)
                .Where(n => n.Path.StartsWith(prefix))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            subtree.Add(entity);
            foreach (var n in subtree)
            {
                n.Trashed = true;
                n.UpdateDate = now;
                n.PublishedInvariantValues = null;
                foreach (var c in n.Cultures.Where(c => c.IsPublished))
                {
                    Unpublish(c, now);
                }
            }

            AddVersion(db, entity, "trash", null, performingUser, now);
            await db.SaveChangesAsync(cancellationToken);
            return Done(true, ContentChangeSet.ForContent(key), () => events.PublishAsync(new ContentDeletedNotification(key, false), cancellationToken));
        }, cancellationToken);

    public async Task<OperationResult> RestoreAsync(Guid key, Guid? parentKey = null, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await LoadTrackedAsync(db, key, cancellationToken);
            if (entity is null)
            {
                return Fail<bool>(Errors.NotFound(key));
            }

            if (!entity.Trashed)
            {
                return Fail<bool>(Errors.NotTrashed());
            }

            var type = definitions.GetContentType(entity.ContentTypeAlias);
            if (type is null)
            {
                return Fail<bool>(Errors.UnknownContentType(entity.ContentTypeAlias));
            }

            var target = parentKey ?? entity.ParentKey;
            var parent = target is { } pk ? await LoadTrackedAsync(db, pk, cancellationToken) : null;
            if (parentKey is null && target is not null && (parent is null || parent.Trashed) && type.AllowedAtRoot)
            {
                // The original parent is gone or still in the bin: the root, where this type may live.
                target = null;
                parent = null;
            }

            if (target == key || (parent is not null && Keys.Split(parent.Path).Contains(key)))
            {
                return Fail<bool>(Errors.MoveUnderItself());
            }

            if (ParentError(type, target, parent) is { } parentError)
            {
                return Fail<bool>(parentError);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var siblings = await JoinSiblingsAsync(db, entity, target, cancellationToken);

            var oldPath = entity.Path;
            var oldLevel = entity.Level;
            entity.Trashed = false;
            entity.ParentKey = target;
            entity.Level = parent is null ? 1 : parent.Level + 1;
            entity.Path = parent is null ? Keys.Format(key) : parent.Path + "," + Keys.Format(key);
            entity.SortOrder = siblings.Count == 0 ? 0 : siblings.Max(s => s.SortOrder) + 1;
            entity.UpdateDate = now;
            var prefix = oldPath + ",";
            var descendants = await db.ContentNodes.AsTracking().Where(n => n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
            foreach (var d in descendants)
            {
                d.Trashed = false;
                d.Path = entity.Path + d.Path[oldPath.Length..];
                d.Level = d.Level - oldLevel + entity.Level;
            }

            AddVersion(db, entity, "restore", null, performingUser, now);
            await db.SaveChangesAsync(cancellationToken);
            return Done(true, ContentChangeSet.ForContent(key), () => events.PublishAsync(new ContentRestoredNotification(key, target), cancellationToken));
        }, cancellationToken);

    public async Task<OperationResult> DeleteAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default) =>
        await WriteAsync(async db =>
        {
            var entity = await LoadTrackedAsync(db, key, cancellationToken);
            if (entity is null)
            {
                return Fail<bool>(Errors.NotFound(key));
            }

            var prefix = entity.Path + ",";
            var subtree = await db.ContentNodes.AsTracking().Where(n => n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
            subtree.Add(entity);
            var keys = subtree.Select(n => n.Key).ToList();
            await db.ContentVersions.Where(v => keys.Contains(v.NodeKey)).ExecuteDeleteAsync(cancellationToken);
            db.ContentNodes.RemoveRange(subtree);
            await db.SaveChangesAsync(cancellationToken);
            return Done(true, ContentChangeSet.ForContent(key), () => events.PublishAsync(new ContentDeletedNotification(key, true), cancellationToken));
        }, cancellationToken);

    private static void Unpublish(ContentCultureEntity culture, DateTime now)
    {
        culture.IsPublished = false;
        culture.PublishedName = null;
        culture.PublishedUrlSegment = null;
        culture.PublishedValues = null;
        culture.IsEdited = true;
        culture.UpdateDate = now;
    }

    private static void AddVersion(CmsDbContext db, ContentNodeEntity entity, string action, IEnumerable<string>? cultures, string? user, DateTime now) =>
        db.ContentVersions.Add(new ContentVersionEntity
        {
            NodeKey = entity.Key,
            Action = action,
            Cultures = cultures is null ? null : string.Join(',', cultures),
            PerformingUser = user,
            Date = now,
            Document = ContentMapper.SerializeDocument(entity),
        });

    private static Task<ContentNodeEntity?> LoadTrackedAsync(CmsDbContext db, Guid key, CancellationToken cancellationToken) =>
        db.ContentNodes.AsTracking().Include(n => n.Cultures).FirstOrDefaultAsync(n => n.Key == key, cancellationToken);

    private static WriteOutcome<T> Fail<T>(params ValidationError[] errors) => new(OperationResult<T>.Fail(errors), null, null);

    private static WriteOutcome<T> Done<T>(T value, ContentChangeSet changes, Func<Task> notify) => new(OperationResult<T>.Succeeded(value), changes, notify);

    /// <summary>Invariant types have one name shown in every culture: copy the default culture's draft to all languages.</summary>
    private void NormaliseInvariantType(ContentItem item, ContentType type)
    {
        if (type.VariesByCulture || item.Cultures.Count == 0)
        {
            return;
        }

        var source = item.Cultures.GetValueOrDefault(definitions.DefaultLanguage.IsoCode) ?? item.Cultures.Values.First();
        foreach (var language in definitions.Languages)
        {
            if (!item.Cultures.TryGetValue(language.IsoCode, out var v))
            {
                item.Cultures[language.IsoCode] = v = new ContentCultureVariation { Culture = language.IsoCode, Name = source.Name, UrlSegment = source.UrlSegment };
            }

            v.Name = source.Name;
        }
    }

    private List<string> ExpandCultures(ContentNodeEntity entity, ContentType? type, IReadOnlyCollection<string> cultures, out List<ValidationError> errors)
    {
        errors = [];
        if (type is { VariesByCulture: false } || cultures.Contains("*"))
        {
            return entity.Cultures.Select(c => c.Culture).ToList();
        }

        var result = new List<string>();
        foreach (var culture in cultures)
        {
            var language = definitions.GetLanguage(culture);
            var variation = entity.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (language is null || variation is null)
            {
                errors.Add(Errors.CultureNotFound(culture));
                continue;
            }

            result.Add(variation.Culture);
        }

        if (result.Count == 0 && errors.Count == 0)
        {
            errors.Add(Errors.CultureNotFound(string.Empty));
        }

        return result;
    }

    private ValidationError? ParentError(ContentType type, Guid? parentKey, ContentNodeEntity? parent)
    {
        if (parentKey is null)
        {
            return type.AllowedAtRoot ? null : Errors.NotAllowedAtRoot(type);
        }

        if (parent is null || parent.Trashed)
        {
            return Errors.ParentNotFound();
        }

        var parentType = definitions.GetContentType(parent.ContentTypeAlias);
        return parentType is not null && parentType.AllowedChildren.Contains(type.Alias, StringComparer.OrdinalIgnoreCase)
            ? null
            : Errors.NotAllowedUnder(type, parentType);
    }

    /// <summary>Copies the draft of <paramref name="item"/> onto the entity, generating unique URL segments per culture.</summary>
    private async Task<List<ValidationError>> ApplyDraftAsync(CmsDbContext db, ContentNodeEntity entity, ContentItem item, DateTime now, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var key = entity.Key;
        var parentKey = entity.ParentKey;
        // From the siblings (the parent index) to their cultures (primary key): the correlated form scanned every
        // culture row of the site, 20,000 on a 10,000-page site, on each save.
        var siblingCultures = await (
                from n in db.ContentNodes
                where n.ParentKey == parentKey && n.Key != key && !n.Trashed
                join c in db.ContentCultures on n.Key equals c.NodeKey
                select new { c.Culture, c.UrlSegment })
            .ToListAsync(cancellationToken);
        entity.InvariantValues = ContentMapper.SerializeValues(item.InvariantValues);
        entity.UpdateDate = now;
        foreach (var (cultureName, variation) in item.Cultures)
        {
            var language = definitions.GetLanguage(cultureName)!;
            var culture = entity.Cultures.FirstOrDefault(c => string.Equals(c.Culture, language.IsoCode, StringComparison.OrdinalIgnoreCase));
            var incoming = variation.UrlSegment?.Trim() ?? string.Empty;
            var custom = incoming.Length > 0
                && !(culture is { CustomUrlSegment: false } && string.Equals(culture.UrlSegment, incoming, StringComparison.OrdinalIgnoreCase));
            var taken = siblingCultures.Where(s => string.Equals(s.Culture, language.IsoCode, StringComparison.OrdinalIgnoreCase)).Select(s => s.UrlSegment);
            string segment;
            if (custom)
            {
                segment = UrlSegments.FromName(incoming);
                if (segment.Length == 0)
                {
                    errors.Add(Errors.InvalidUrlSegment(language.IsoCode));
                    continue;
                }

                if (taken.Contains(segment, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(Errors.UrlSegmentTaken(language.IsoCode, segment));
                    continue;
                }
            }
            else
            {
                var fromName = UrlSegments.FromName(variation.Name);
                segment = UrlSegments.MakeUnique(fromName.Length > 0 ? fromName : Keys.Format(key)[..8], taken);
            }

            if (culture is null)
            {
                culture = new ContentCultureEntity { NodeKey = key, Culture = language.IsoCode };
                entity.Cultures.Add(culture);
            }

            culture.Name = variation.Name.Trim();
            culture.UrlSegment = segment;
            culture.CustomUrlSegment = custom;
            culture.Values = ContentMapper.SerializeValues(variation.Values);
            culture.UpdateDate = now;
            culture.IsEdited = !culture.IsPublished
                || culture.PublishedName != culture.Name
                || culture.PublishedUrlSegment != culture.UrlSegment
                || culture.PublishedValues != culture.Values
                || entity.PublishedInvariantValues != entity.InvariantValues;
        }

        return errors;
    }

    private async Task<OperationResult<T>> WriteAsync<T>(Func<CmsDbContext, Task<WriteOutcome<T>>> work, CancellationToken cancellationToken)
    {
        var queued = await writeGate.EnterAsync(cancellationToken);
        WriteOutcome<T> outcome;
        bool published;
        try
        {
            await using var db = dbFactory.Create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            outcome = await work(db);
            if (!outcome.Result.Success || outcome.Changes is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return outcome.Result;
            }

            // Nothing published changed (a draft save, a sort that kept the order): no instruction for the other nodes
            // and no refresh here, so the editor does not wait for a snapshot swap and an index update.
            published = !outcome.Changes.IsEmpty;
            if (published)
            {
                db.CacheInstructions.Add(new CacheInstructionEntity
                {
                    UtcStamp = clock.GetUtcNow().UtcDateTime,
                    Originator = node.Id,
                    Instructions = ContentMapper.Serialize(CacheInstruction.From(outcome.Changes)),
                });
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            queued.Dispose();
        }

        // Committed: from here on nothing may turn the write into a failure. The refresh runs after the write lock is
        // released, so the next editor's transaction does not queue behind this snapshot swap and its handlers (the
        // refresh service orders swaps itself, and each refresh reads the nodes as stored when it runs, so a later
        // write refreshed first is never undone). The caller still returns only once its change is in the snapshot.
        if (published)
        {
            try
            {
                await snapshots.RefreshAsync(outcome.Changes, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Refreshing the published snapshot failed after a committed write; rebuilding");
                try
                {
                    await snapshots.RebuildAsync(CancellationToken.None);
                }
                catch (Exception rebuildError)
                {
                    // The poller's next replay or the next write brings the snapshot back; the write itself stands.
                    logger.LogError(rebuildError, "Rebuilding the published snapshot failed too");
                }
            }
        }

        if (outcome.Notify is not null)
        {
            try
            {
                await outcome.Notify();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Raising notifications failed after a committed write");
            }
        }

        return outcome.Result;
    }

    private sealed record WriteOutcome<T>(OperationResult<T> Result, ContentChangeSet? Changes, Func<Task>? Notify);
}
