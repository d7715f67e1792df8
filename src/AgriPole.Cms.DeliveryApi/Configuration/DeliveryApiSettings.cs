namespace AgriPole.Cms.DeliveryApi.Configuration;

/// <summary>Bound from "Umbraco:CMS:DeliveryApi", Umbraco's own key and defaults.</summary>
public sealed class DeliveryApiSettings
{
    public const string SectionName = "Umbraco:CMS:DeliveryApi";

    /// <summary>Master switch: when off every endpoint answers 401, as in Umbraco.</summary>
    public bool Enabled { get; set; }

    /// <summary>When false every request needs <see cref="ApiKey"/>.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>Key for non-public access and for preview. Empty never matches.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Document types never served (404 by id, absent from arrays, queries, pickers and links).</summary>
    public IList<string> DisallowedContentTypeAliases { get; set; } = [];

    /// <summary>Rich text as an element tree instead of { markup, blocks }.</summary>
    public bool RichTextOutputAsJson { get; set; }

    public DeliveryApiMediaSettings Media { get; set; } = new();

    public DeliveryApiOutputCacheSettings OutputCache { get; set; } = new();

    public bool IsContentTypeAllowed(string alias)
    {
        foreach (var disallowed in DisallowedContentTypeAliases)
        {
            if (string.Equals(disallowed, alias, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
