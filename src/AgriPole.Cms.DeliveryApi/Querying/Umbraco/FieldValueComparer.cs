using System.Globalization;

namespace AgriPole.Cms.DeliveryApi.Querying.Umbraco;

/// <summary>Compares an indexed value with an option's string value by the indexed value's type (text, number or date).</summary>
public static class FieldValueComparer
{
    /// <summary>Null when the option value cannot be read as the indexed value's type.</summary>
    public static int? Compare(object indexed, string value) => indexed switch
    {
        decimal d => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? d.CompareTo(n) : null,
        DateTime t => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var v) ? t.CompareTo(v) : null,
        string s => string.Compare(s, value, StringComparison.OrdinalIgnoreCase),
        _ => null,
    };

    public static int CompareIndexed(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (decimal x, decimal y) => x.CompareTo(y),
        (DateTime x, DateTime y) => x.CompareTo(y),
        _ => string.Compare(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase),
    };
}
