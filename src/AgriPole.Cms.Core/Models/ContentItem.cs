using System.Text.Json;

namespace AgriPole.Cms.Core.Models;

/// <summary>
/// A document as editors see it: the draft of every culture plus what is published of each.
/// Values are JSON in the shape documented on <see cref="PropertyEditorAliases"/>.
/// </summary>
public sealed class ContentItem
{
    public Guid Key { get; set; } = Guid.NewGuid();

    public Guid? ParentKey { get; set; }

    public required string ContentTypeAlias { get; set; }

    public int SortOrder { get; set; }

    /// <summary>1 for a root node.</summary>
    public int Level { get; set; } = 1;

    /// <summary>Keys from the root down to this node, comma separated (Umbraco's path, with GUIDs).</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>In the recycle bin.</summary>
    public bool Trashed { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    /// <summary>Draft values of properties that do not vary by culture.</summary>
    public Dictionary<string, JsonElement> InvariantValues { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Published values of invariant properties, set when any culture is published.</summary>
    public Dictionary<string, JsonElement>? PublishedInvariantValues { get; set; }

    /// <summary>Per culture (keyed by ISO code, case-insensitive).</summary>
    public Dictionary<string, ContentCultureVariation> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsPublished(string culture) => Cultures.TryGetValue(culture, out var c) && c.IsPublished;
}

public sealed class ContentCultureVariation
{
    public required string Culture { get; set; }

    /// <summary>Draft name.</summary>
    public required string Name { get; set; }

    /// <summary>Draft URL segment; derived from the name when empty, unique among siblings.</summary>
    public string UrlSegment { get; set; } = string.Empty;

    /// <summary>Draft values of culture-varying properties.</summary>
    public Dictionary<string, JsonElement> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsPublished { get; set; }

    public string? PublishedName { get; set; }

    public string? PublishedUrlSegment { get; set; }

    public Dictionary<string, JsonElement>? PublishedValues { get; set; }

    public DateTime? PublishDate { get; set; }

    public DateTime UpdateDate { get; set; }

    /// <summary>The draft differs from what is published.</summary>
    public bool IsEdited { get; set; }
}
