namespace AgriPole.Web.Features.Search;

/// <summary>A link of the search page (facet, page number, suggestion); <see cref="IsCurrent"/> renders aria-current.</summary>
public sealed record SearchPageLink(string Text, string Url, bool IsCurrent = false, int? Count = null);
