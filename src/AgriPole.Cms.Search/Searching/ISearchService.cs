namespace AgriPole.Cms.Search.Searching;

/// <summary>Site search over the external index: used by the search page, the Delivery API and the members directory.</summary>
public interface ISearchService
{
    /// <summary>Full-text search in one culture. Any text is safe: it is never parsed as Lucene syntax.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>Members (document type "member") published in a culture, filtered by kind and department, A-Z (or by relevance when text is given).</summary>
    SearchResults FilterMembers(MemberFilter filter);
}
