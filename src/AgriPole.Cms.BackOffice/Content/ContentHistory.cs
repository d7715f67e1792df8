using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Reads the engine's version history (umbracoContentVersion: one row per save/publish with the whole document as JSON)
/// and turns a version back into draft values for rollback.
/// </summary>
public sealed class ContentHistory(CmsDbContextFactory factory)
{
    public sealed record Version(long Id, string Action, string? Cultures, string? User, DateTime Date);

    /// <summary>The draft of a version: names and values per culture, invariant values.</summary>
    public sealed record Snapshot(Dictionary<string, (string Name, Dictionary<string, JsonElement> Values)> Cultures, Dictionary<string, JsonElement> Invariant);

    public async Task<IReadOnlyList<Version>> ListAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        return await db.ContentVersions.AsNoTracking()
            .Where(v => v.NodeKey == key)
            .OrderByDescending(v => v.Id)
            .Take(100)
            .Select(v => new Version(v.Id, v.Action, v.Cultures, v.PerformingUser, v.Date))
            .ToListAsync(cancellationToken);
    }

    public async Task<Snapshot?> GetAsync(Guid key, long id, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var json = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key && v.Id == id).Select(v => v.Document).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : Parse(json);
    }

    public static Snapshot Current(ContentItem item) => new(
        item.Cultures.ToDictionary(c => c.Key, c => (c.Value.Name, new Dictionary<string, JsonElement>(c.Value.Values, StringComparer.OrdinalIgnoreCase)), StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, JsonElement>(item.InvariantValues, StringComparer.OrdinalIgnoreCase));

    /// <summary>Replaces the draft of <paramref name="item"/> with the version's names and values (publication state untouched).</summary>
    public static void Apply(ContentItem item, Snapshot version)
    {
        item.InvariantValues = new Dictionary<string, JsonElement>(version.Invariant, StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, (name, values)) in version.Cultures)
        {
            if (!item.Cultures.TryGetValue(culture, out var variation))
            {
                variation = new ContentCultureVariation { Culture = culture, Name = name };
                item.Cultures[culture] = variation;
            }

            variation.Name = name;
            variation.Values = new Dictionary<string, JsonElement>(values, StringComparer.OrdinalIgnoreCase);
        }
    }

    private static Snapshot Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var invariant = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in values.EnumerateObject())
            {
                invariant[p.Name] = p.Value.Clone();
            }
        }

        var cultures = new Dictionary<string, (string, Dictionary<string, JsonElement>)>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("cultures", out var cs) && cs.ValueKind == JsonValueKind.Object)
        {
            foreach (var c in cs.EnumerateObject())
            {
                var name = c.Value.TryGetProperty("name", out var n) ? n.GetString() ?? string.Empty : string.Empty;
                var v = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
                if (c.Value.TryGetProperty("values", out var cv) && cv.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in cv.EnumerateObject())
                    {
                        v[p.Name] = p.Value.Clone();
                    }
                }

                cultures[c.Name] = (name, v);
            }
        }

        return new Snapshot(cultures, invariant);
    }
}
