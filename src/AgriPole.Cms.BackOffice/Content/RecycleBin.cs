using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Lists trashed documents (the engine's table, read only: IContentService lists only live children) and restores
/// them through <see cref="IContentService.RestoreAsync"/>, which validates the parent, keeps URL segments unique,
/// writes a version and raises the notifications and cache instructions.
/// </summary>
public sealed class RecycleBin(CmsDbContextFactory factory, IContentService content)
{
    /// <param name="ParentGone">The original parent is deleted or in the bin: the restore needs a place (or the root).</param>
    public sealed record Entry(Guid Key, string Name, string TypeAlias, Guid? ParentKey, DateTime TrashedAt, bool ParentGone);

    public async Task<IReadOnlyList<Entry>> ListAsync(string uiCulture, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var trashed = await db.ContentNodes.AsNoTracking().Include(n => n.Cultures)
            // The tops of trashed subtrees, and pages trashed on their own before their parent followed them (their last
            // trash/restore version is a "trash": pages trashed with an ancestor get no version of their own). Those
            // need a new place to come back to: the page offers the picker and says why.
            .Where(n => n.Trashed && (n.ParentKey == null
                || !db.ContentNodes.Any(p => p.Key == n.ParentKey && p.Trashed)
                || db.ContentVersions.Where(v => v.NodeKey == n.Key && (v.Action == "trash" || v.Action == "restore"))
                    .OrderByDescending(v => v.Id).Select(v => v.Action).FirstOrDefault() == "trash"))
            .OrderByDescending(n => n.UpdateDate)
            .Take(500)
            .ToListAsync(cancellationToken);
        var parentKeys = trashed.Where(n => n.ParentKey is not null).Select(n => n.ParentKey!.Value).Distinct().ToList();
        var liveParents = (await db.ContentNodes.AsNoTracking()
                .Where(n => parentKeys.Contains(n.Key) && !n.Trashed)
                .Select(n => n.Key)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return trashed.Select(n => new Entry(
            n.Key,
            n.Cultures.FirstOrDefault(c => c.Culture == uiCulture)?.Name ?? n.Cultures.FirstOrDefault()?.Name ?? n.Key.ToString(),
            n.ContentTypeAlias,
            n.ParentKey,
            n.UpdateDate,
            n.ParentKey is { } p && !liveParents.Contains(p))).ToList();
    }

    /// <summary>Restores under the original parent (or at the root when that parent is gone and the type allows it), or under <paramref name="parentKey"/>.</summary>
    public Task<OperationResult> RestoreAsync(Guid key, Guid? parentKey, string user, CancellationToken cancellationToken) =>
        content.RestoreAsync(key, parentKey, user, cancellationToken);
}
