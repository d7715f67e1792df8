using System.Text.Json;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Edits dictionary items (UI strings) in the engine's cmsDictionary table, with a cache instruction in the same
/// transaction so every node reloads its dictionary, then refreshes this node's snapshot.
/// </summary>
public sealed class DictionaryEditor(CmsDbContextFactory factory, CmsNodeIdentity node, IPublishedSnapshotService snapshots, ICmsDefinitions definitions, TimeProvider clock)
{
    public sealed record Row(Guid Key, string ItemKey, Dictionary<string, string> Values);

    public async Task<IReadOnlyList<Row>> ListAsync(string? filter, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var query = db.DictionaryItems.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            query = query.Where(d => d.ItemKey.Contains(filter.Trim()));
        }

        var rows = await query.OrderBy(d => d.ItemKey).Take(1000).ToListAsync(cancellationToken);
        return rows.Select(d => new Row(d.Key, d.ItemKey, JsonSerializer.Deserialize<Dictionary<string, string>>(d.Values) ?? [])).ToList();
    }

    /// <summary>Sets the texts of an item for the site's languages (unknown cultures ignored); false when the item does not exist.</summary>
    public async Task<bool> SaveAsync(Guid key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        await using (var db = factory.Create())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var entity = await db.DictionaryItems.AsTracking().FirstOrDefaultAsync(d => d.Key == key, cancellationToken);
            if (entity is null)
            {
                return false;
            }

            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(entity.Values) ?? [];
            foreach (var language in definitions.Languages)
            {
                if (texts.TryGetValue(language.IsoCode, out var text))
                {
                    values[language.IsoCode] = text.Length > 4000 ? text[..4000] : text;
                }
            }

            entity.Values = JsonSerializer.Serialize(values);
            entity.UpdateDate = clock.GetUtcNow().UtcDateTime;
            db.CacheInstructions.Add(new CacheInstructionEntity
            {
                UtcStamp = clock.GetUtcNow().UtcDateTime,
                Originator = node.Id,
                Instructions = ContentMapper.Serialize(CacheInstruction.From(new ContentChangeSet([], [], Dictionary: true))),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await snapshots.RefreshAsync(new ContentChangeSet([], [], Dictionary: true), CancellationToken.None);
        return true;
    }
}
