namespace AgriPole.Cms.Core.Models;

/// <summary>A text given per culture (names of types and properties, dictionary items, messages).</summary>
public sealed class LocalizedText
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public LocalizedText(IReadOnlyDictionary<string, string> values) =>
        Values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The text in <paramref name="culture"/>, else in <paramref name="fallbackCulture"/>, else any text, else "".</summary>
    public string Get(string culture, string? fallbackCulture = "fr-FR")
    {
        if (Values.TryGetValue(culture, out var v) && !string.IsNullOrEmpty(v))
        {
            return v;
        }

        if (fallbackCulture is not null && Values.TryGetValue(fallbackCulture, out v) && !string.IsNullOrEmpty(v))
        {
            return v;
        }

        return Values.Values.FirstOrDefault(x => !string.IsNullOrEmpty(x)) ?? string.Empty;
    }

    public override string ToString() => Get("fr-FR");
}
