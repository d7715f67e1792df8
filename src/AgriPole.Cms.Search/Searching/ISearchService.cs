namespace AgriPole.Cms.Search.Searching;

/// <summary>Site search over the external index: used by the search page, the Delivery API and the members directory.</summary>
public interface ISearchService
{
    /// <summary>Full-text search in one culture. Any text is safe: it is never parsed as Lucene syntax.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>Members (document type "member") published in a culture, filtered by kind and department, A-Z (or by relevance when text is given).</summary>
    SearchResults FilterMembers(MemberFilter filter);

    /// <summary>
    /// Every node matching <paramref name="text"/> in <paramref name="culture"/> (exact words, no fuzzy retry), with its
    /// relevance score; used where another component pages and sorts (the Delivery API's <c>search:</c> filter).
    /// Null while the index is not ready; empty for blank text or an unknown culture.
    /// </summary>
    IReadOnlyDictionary<Guid, float>? MatchScores(string? text, string culture);
}
