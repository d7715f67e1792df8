using System.Text.Json;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>
/// An immutable published node in a snapshot. Only published cultures are present; a node with no
/// published culture is not in the snapshot at all (except in a preview snapshot, built from drafts).
/// </summary>
public sealed class PublishedContent
{
    public required Guid Key { get; init; }

    public Guid? ParentKey { get; init; }

    public required ContentType ContentType { get; init; }

    public int SortOrder { get; init; }

    public int Level { get; init; }

    /// <summary>Keys from the root down to and including this node.</summary>
    public required IReadOnlyList<Guid> PathKeys { get; init; }

    public DateTime CreateDate { get; init; }

    public DateTime UpdateDate { get; init; }

    /// <summary>Published cultures, keyed by ISO code (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, PublishedCulture> Cultures { get; init; }

    /// <summary>Published values of invariant properties.</summary>
    public required IReadOnlyDictionary<string, JsonElement> InvariantValues { get; init; }

    public bool IsPublishedIn(string culture) => Cultures.ContainsKey(culture);

    /// <summary>
    /// Same parent and the same route in the same cultures: the node's URLs, and so its descendants', did not change
    /// between two snapshots (the search index and redirect tracking then leave the subtree alone).
    /// </summary>
    public static bool SamePlaceAndRoutes(PublishedContent? before, PublishedContent? after)
    {
        if (before is null || after is null || before.ParentKey != after.ParentKey || before.Cultures.Count != after.Cultures.Count)
        {
            return false;
        }

        foreach (var (code, culture) in after.Cultures)
        {
            if (!before.Cultures.TryGetValue(code, out var was) || !string.Equals(was.Route, culture.Route, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public string? GetName(string culture) => Cultures.TryGetValue(culture, out var c) ? c.Name : null;

    /// <summary>
    /// The value of a property in a culture. Invariant properties ignore the culture. When the culture has no value and
    /// <paramref name="fallbackCulture"/> is given (the language's fallback), that culture's value is returned.
    /// </summary>
    public JsonElement? GetValue(string alias, string? culture = null, string? fallbackCulture = null)
    {
        if (InvariantValues.TryGetValue(alias, out var invariant))
        {
            return invariant;
        }

        if (culture is not null && Cultures.TryGetValue(culture, out var c) && c.Values.TryGetValue(alias, out var v) && !IsEmpty(v))
        {
            return v;
        }

        if (fallbackCulture is not null && Cultures.TryGetValue(fallbackCulture, out var f) && f.Values.TryGetValue(alias, out var fv) && !IsEmpty(fv))
        {
            return fv;
        }

        return null;
    }

    /// <summary>A string property value, or null.</summary>
    public string? GetString(string alias, string? culture = null, string? fallbackCulture = null)
    {
        var v = GetValue(alias, culture, fallbackCulture);
        return v is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
    }

    public bool GetBoolean(string alias, bool defaultValue = false)
    {
        var v = GetValue(alias);
        return v?.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => defaultValue,
        };
    }

    private static bool IsEmpty(JsonElement v) =>
        v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (v.ValueKind == JsonValueKind.String && v.GetString()!.Length == 0)
        || (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0);
}

/// <summary>One published culture of a node.</summary>
public sealed class PublishedCulture
{
    public required string Culture { get; init; }

    public required string Name { get; init; }

    public required string UrlSegment { get; init; }

    /// <summary>
    /// Route within the culture's root, lower case with leading and trailing slash: "/" for the home node,
    /// "/la-politique/phase-3/" below it (the top-level node is hidden from paths, as in Umbraco).
    /// Null when an ancestor is not published in this culture (the node then has no URL in it).
    /// </summary>
    public string? Route { get; init; }

    public DateTime PublishDate { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Values { get; init; }
}
