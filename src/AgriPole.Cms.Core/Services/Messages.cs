using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Services;

/// <summary>Builds the French and English texts of <see cref="ValidationError"/> messages.</summary>
public static class Messages
{
    public static LocalizedText Text(string french, string english) =>
        new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["fr-FR"] = french, ["en-US"] = english });

    internal static string InFr(string? culture) => culture is null ? string.Empty : $" (langue {culture})";

    internal static string InEn(string? culture) => culture is null ? string.Empty : $" (language {culture})";
}
