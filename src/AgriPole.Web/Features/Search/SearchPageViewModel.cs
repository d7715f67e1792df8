using AgriPole.Cms.Search.Searching;

namespace AgriPole.Web.Features.Search;

/// <summary>Everything the searchPage view shows; built by <see cref="SearchPageBuilder"/> from the request's query string.</summary>
public sealed class SearchPageViewModel
{
    /// <summary>The words as typed (trimmed, cut to a sane length), echoed in the input and the headings.</summary>
    public required string Query { get; init; }

    public bool HasQuery => Query.Length > 0;

    /// <summary>The content type filter in force, when it names a known type.</summary>
    public string? ContentType { get; init; }

    public required SearchResults Results { get; init; }

    /// <summary>"All" first, then one link per content type with hits.</summary>
    public IReadOnlyList<SearchPageLink> Facets { get; init; } = [];

    public IReadOnlyList<SearchPageLink> Pages { get; init; } = [];

    public string? PreviousPageUrl { get; init; }

    public string? NextPageUrl { get; init; }

    public IReadOnlyList<SearchPageLink> Suggestions { get; init; } = [];
}
