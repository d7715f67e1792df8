namespace AgriPole.Cms.Persistence.Storage;

/// <summary>One culture of a document: the draft and what is published of it (Umbraco's umbracoContentVersionCultureVariation).</summary>
public sealed class ContentCultureEntity
{
    public Guid NodeKey { get; set; }

    public string Culture { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string UrlSegment { get; set; } = string.Empty;

    /// <summary>The editor typed the segment: keep it when the name changes.</summary>
    public bool CustomUrlSegment { get; set; }

    public string Values { get; set; } = "{}";

    public bool IsPublished { get; set; }

    public string? PublishedName { get; set; }

    public string? PublishedUrlSegment { get; set; }

    public string? PublishedValues { get; set; }

    public DateTime? PublishDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public bool IsEdited { get; set; }
}
