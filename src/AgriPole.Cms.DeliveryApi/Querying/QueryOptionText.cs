namespace AgriPole.Cms.DeliveryApi.Querying;

/// <summary>Prefix helpers shared by the query options: prefixes match case-insensitively, as in Umbraco.</summary>
public static class QueryOptionText
{
    public static bool HasPrefix(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static string AfterPrefix(string value, string prefix) => value[prefix.Length..];

    /// <summary>Only a direction starting with lower-case "asc" is ascending; anything else (ASC included) is descending.</summary>
    public static bool IsAscending(string sort)
    {
        var colon = sort.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && sort.AsSpan(colon + 1).StartsWith("asc", StringComparison.Ordinal);
    }

    public static Comparison<T> Orient<T>(Comparison<T> ascending, string sort) =>
        IsAscending(sort) ? ascending : (a, b) => ascending(b, a);
}
