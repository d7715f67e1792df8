using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Lists and restores trashed documents. IContentService has no restore, so this un-trashes the subtree in the
/// engine's table (trashed nodes are unpublished, so no published snapshot changes) and then re-saves the node through
/// the service, which re-validates its parent and URL segments. Can go when the engine gains RestoreAsync.
/// </summary>
public sealed class RecycleBin(CmsDbContextFactory factory, IContentService content, ICmsDefinitions definitions)
{
    public sealed record Entry(Guid Key, string Name, string TypeAlias, Guid? ParentKey, DateTime TrashedAt);

    public async Task<IReadOnlyList<Entry>> ListAsync(string uiCulture, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var trashed = await db.ContentNodes.AsNoTracking().Include(n => n.Cultures)
            .Where(n => n.Trashed && (n.ParentKey == null || !db.ContentNodes.Any(p => p.Key == n.ParentKey && p.Trashed)))
            .OrderByDescending(n => n.UpdateDate)
            .Take(500)
            .ToListAsync(cancellationToken);
        return trashed.Select(n => new Entry(
            n.Key,
            n.Cultures.FirstOrDefault(c => c.Culture == uiCulture)?.Name ?? n.Cultures.FirstOrDefault()?.Name ?? n.Key.ToString(),
            n.ContentTypeAlias,
            n.ParentKey,
            n.UpdateDate)).ToList();
    }

    /// <summary>Restores under the original parent, or at the root when that parent is gone and the type allows it.</summary>
    public async Task<OperationResult> RestoreAsync(Guid key, string user, CancellationToken cancellationToken)
    {
        await using (var db = factory.Create())
        {
            var node = await db.ContentNodes.AsTracking().FirstOrDefaultAsync(n => n.Key == key && n.Trashed, cancellationToken);
            if (node is null)
            {
                return OperationResult.Fail(Error("notFound", "Élément introuvable dans la corbeille.", "Item not found in the recycle bin."));
            }

            var parent = node.ParentKey is { } pk ? await db.ContentNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == pk, cancellationToken) : null;
            if (node.ParentKey is not null && (parent is null || parent.Trashed))
            {
                if (definitions.GetContentType(node.ContentTypeAlias) is not { AllowedAtRoot: true })
                {
                    return OperationResult.Fail(Error("parentTrashed", "Restaurez d'abord la page parente.", "Restore the parent page first."));
                }

                node.ParentKey = null;
                node.Level = 1;
                node.Path = Keys(key);
            }

            var prefix = node.Path + ",";
            var subtree = await db.ContentNodes.AsTracking().Where(n => n.Key == key || n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
            foreach (var n in subtree)
            {
                n.Trashed = false;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // Re-save through the engine: unique segments among the new siblings, notifications, snapshot refresh.
        var item = await content.GetByIdAsync(key, cancellationToken);
        return item is null ? OperationResult.Ok : await content.SaveAsync(item, user, cancellationToken);
    }

    private static string Keys(Guid key) => key.ToString("D");

    private static ValidationError Error(string code, string fr, string en) =>
        new("parent", null, code, new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = fr, ["en-US"] = en }));
}
