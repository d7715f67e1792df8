namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// Field names of the external index (Examine's conventions): system fields start with "__"; a culture-varying
/// property is one field per culture, "{alias}_{culture}" with the culture in lower case ("title_fr-fr");
/// an invariant property is one field, "{alias}".
/// </summary>
public static class IndexFieldNames
{
    /// <summary>The node key, "D" format. Keyword, stored.</summary>
    public const string Key = "__Key";

    /// <summary>The document type alias. Keyword, stored, sorted doc values (facets).</summary>
    public const string NodeTypeAlias = "__NodeTypeAlias";

    /// <summary>Keys from the root down to the node, comma separated. Stored.</summary>
    public const string Path = "__Path";

    /// <summary>Each key of <see cref="Path"/> (ancestors and self), keyword: "everything under X" queries.</summary>
    public const string PathKey = "__PathKey";

    /// <summary>Published cultures, lower case ("fr-fr"), one keyword value each.</summary>
    public const string Published = "__Published";

    /// <summary>"content": Examine's index type.</summary>
    public const string IndexType = "__IndexType";

    /// <summary>Sort key for A-Z listings (members directory): folded name, sorted doc values.</summary>
    public const string SortName = "__SortName";

    public const string NodeNamePrefix = "__NodeName_";

    public const string TitlePrefix = "__Title_";

    public const string UrlPrefix = "__Url_";

    public const string SpellPrefix = "__Spell_";

    public const string ContentIndexType = "content";

    /// <summary>"fr-FR" → "fr-fr": the form used in field names and in <see cref="Published"/>.</summary>
    public static string NormalizeCulture(string culture) => culture.ToLowerInvariant();

    public static string ForCulture(string alias, string culture) => alias + "_" + NormalizeCulture(culture);

    public static string NodeName(string culture) => NodeNamePrefix + NormalizeCulture(culture);

    public static string Title(string culture) => TitlePrefix + NormalizeCulture(culture);

    public static string Url(string culture) => UrlPrefix + NormalizeCulture(culture);

    public static string Spell(string culture) => SpellPrefix + NormalizeCulture(culture);

    /// <summary>The culture suffix of a field name ("title_fr-fr" → "fr-fr"), or null for an invariant field.</summary>
    public static string? CultureOf(string fieldName)
    {
        var underscore = fieldName.LastIndexOf('_');
        if (underscore < 0 || underscore == fieldName.Length - 1)
        {
            return null;
        }

        var suffix = fieldName.AsSpan(underscore + 1);

        // Cultures look like "fr-fr" or "en"; a plain alias such as "meta_title" is not one.
        return suffix.Length is 2 or 5 && (suffix.Length == 2 || suffix[2] == '-') ? suffix.ToString() : null;
    }
}
