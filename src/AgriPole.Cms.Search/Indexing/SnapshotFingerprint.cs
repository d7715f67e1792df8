using System.Globalization;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// A hash of what the index is built from: every published node's key, dates, cultures and routes, plus the search
/// settings of its type. Stored with each commit; at start a node whose index was built from another state of the
/// database (other nodes published while it was down, boosts changed in umbraco-config) rebuilds it.
/// </summary>
public static class SnapshotFingerprint
{
    /// <summary>Bump when the document layout changes, so every node rebuilds once.</summary>
    private const string LayoutVersion = "external-v1";

    public static string Compute(IPublishedSnapshot snapshot)
    {
        var hash = Fnv(14695981039346656037UL, LayoutVersion);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var content in snapshot.All)
        {
            hash = Fnv(hash, content.Key.ToString("N"));
            hash = Fnv(hash, content.UpdateDate.Ticks.ToString(CultureInfo.InvariantCulture));
            hash = Fnv(hash, string.Join(',', content.PathKeys));
            foreach (var (code, culture) in content.Cultures.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase))
            {
                hash = Fnv(hash, code);
                hash = Fnv(hash, culture.Name);
                hash = Fnv(hash, culture.Route ?? "-");
                hash = Fnv(hash, culture.PublishDate.Ticks.ToString(CultureInfo.InvariantCulture));
            }

            if (types.Add(content.ContentType.Alias))
            {
                foreach (var property in content.ContentType.Properties)
                {
                    hash = Fnv(hash, $"{content.ContentType.Alias}.{property.Alias}:{property.VariesByCulture}:{property.Search?.Boost}");
                }
            }
        }

        return $"{snapshot.ContentCount}:{hash:x16}";
    }

    private static ulong Fnv(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ '|') * 1099511628211UL;
    }
}
