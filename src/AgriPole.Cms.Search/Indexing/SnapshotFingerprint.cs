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
            // Runs on every publish over the whole snapshot: hash values in place, no strings built.
            hash = Fnv(hash, content.Key);
            hash = Fnv(hash, content.UpdateDate.Ticks);
            if (content.ParentKey is { } parent)
            {
                hash = Fnv(hash, parent);
            }

            // Cultures XOR-combined: independent of the dictionary's order without sorting.
            var cultures = 0UL;
            foreach (var (code, culture) in content.Cultures)
            {
                var h = Fnv(14695981039346656037UL, code.ToLowerInvariant());
                h = Fnv(h, culture.Name);
                h = Fnv(h, culture.Route ?? "-");
                cultures ^= Fnv(h, culture.PublishDate.Ticks);
            }

            hash = Fnv(hash, (long)cultures);

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

    private static ulong Fnv(ulong hash, Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Fnv(ulong hash, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(value >> (i * 8))) * 1099511628211UL;
        }

        return hash;
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
