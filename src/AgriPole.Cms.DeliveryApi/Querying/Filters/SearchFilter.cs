using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;

namespace AgriPole.Cms.DeliveryApi.Querying.Filters;

/// <summary>
/// filter=search:words — AgriPole extension (stock Umbraco has no full-text option). The words are matched through
/// <see cref="ISearchService"/> in the request culture, so the culture's analysis applies (French elision, folding and
/// stemming: "competitivite" finds "compétitivité"; English stemming: "joined" finds "join"). The index holds only
/// published, routable content; the query service still applies visibility (drafts, disallowed types, start item).
/// Blank words drop the filter (as name: does). While the index is being built (first start) it answers with what the
/// index holds (possibly nothing, never an error) and the answer is marked incomplete so the output cache does not keep it.
/// Sets the default order to relevance (see <see cref="Sorts.RelevanceSort"/>).
/// </summary>
public sealed class SearchFilter(ISearchService search, IndexStartupService indexStartup) : IContentFilter
{
    private const string Prefix = "search:";

    public bool CanHandle(string filter) => QueryOptionText.HasPrefix(filter, Prefix);

    public Func<PublishedContent, bool>? Build(string filter, ContentQueryContext query)
    {
        var text = QueryOptionText.AfterPrefix(filter, Prefix);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var found = search.MatchScores(text, query.Context.Culture);
        query.Incomplete |= found is null || !indexStartup.Ready.IsCompletedSuccessfully;
        var scores = found ?? new Dictionary<Guid, float>();

        // Several search: filters must all match (filters are ANDed); their scores add up for the relevance order.
        if (query.RelevanceScores is { } previous)
        {
            var combined = new Dictionary<Guid, float>(previous.Count);
            foreach (var (key, score) in previous)
            {
                if (scores.TryGetValue(key, out var other))
                {
                    combined[key] = score + other;
                }
            }

            scores = combined;
        }

        query.RelevanceScores = scores;
        query.DefaultOrder ??= Sorts.RelevanceSort.Descending(query);
        return content => query.RelevanceScores.ContainsKey(content.Key);
    }
}
