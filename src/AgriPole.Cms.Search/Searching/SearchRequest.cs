namespace AgriPole.Cms.Search.Searching;

/// <param name="Text">What the visitor typed; null or blank finds nothing.</param>
/// <param name="Culture">"fr-FR" or "en-US"; an unknown culture finds nothing.</param>
/// <param name="ContentType">Only hits of this document type alias (facet counts still cover every type).</param>
/// <param name="Page">1-based; clamped.</param>
/// <param name="PageSize">Clamped to 1..MaxPageSize.</param>
public sealed record SearchRequest(string? Text, string Culture, string? ContentType = null, int Page = 1, int PageSize = 10);
