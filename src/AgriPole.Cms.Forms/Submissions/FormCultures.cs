namespace AgriPole.Cms.Forms.Submissions;

/// <summary>The cultures forms speak; anything else (posted, "*", "xx-INVALID") falls back to the default.</summary>
public static class FormCultures
{
    public const string Default = "fr-FR";

    public static readonly IReadOnlyList<string> Supported = ["fr-FR", "en-US"];

    public static string Normalize(string? culture)
    {
        if (!string.IsNullOrEmpty(culture))
        {
            foreach (var c in Supported)
            {
                if (string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
                {
                    return c;
                }
            }

            if (culture.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en-US";
            }
        }

        return Default;
    }
}
