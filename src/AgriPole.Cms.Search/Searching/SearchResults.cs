namespace AgriPole.Cms.Search.Searching;

/// <param name="Total">Hits matching the query and the content type filter.</param>
/// <param name="Facets">Hits per content type for the query without the content type filter, largest first.</param>
/// <param name="Suggestions">"Did you mean" alternatives when the query as typed found nothing.</param>
/// <param name="IsFuzzy">The hits come from the fuzzy retry (the query as typed found nothing).</param>
/// <param name="IndexReady">False while the index is being opened or first built.</param>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyList<FacetCount> Facets,
    IReadOnlyList<string> Suggestions,
    bool IsFuzzy,
    int Page,
    int PageSize,
    bool IndexReady)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResults Empty(int page, int pageSize, bool indexReady) => new([], 0, [], [], false, page, pageSize, indexReady);
}
