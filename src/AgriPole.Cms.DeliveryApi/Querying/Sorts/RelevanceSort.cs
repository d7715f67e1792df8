using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Sorts;

/// <summary>
/// sort=relevance:desc|asc — AgriPole extension: the score of the <c>search:</c> filter(s); the default order when a
/// search filter is given without a sort. Without a search filter every score is 0, so the order is left as it is.
/// </summary>
public sealed class RelevanceSort : IContentSort
{
    private const string Prefix = "relevance:";

    public bool CanHandle(string sort) => QueryOptionText.HasPrefix(sort, Prefix);

    public Comparison<PublishedContent> Build(string sort, ContentQueryContext query) =>
        QueryOptionText.Orient<PublishedContent>((a, b) => Score(query, a).CompareTo(Score(query, b)), sort);

    /// <summary>Highest score first.</summary>
    public static Comparison<PublishedContent> Descending(ContentQueryContext query) => (a, b) => Score(query, b).CompareTo(Score(query, a));

    private static float Score(ContentQueryContext query, PublishedContent content) =>
        query.RelevanceScores is { } scores && scores.TryGetValue(content.Key, out var score) ? score : 0f;
}
