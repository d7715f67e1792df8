using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Querying.Umbraco;
using AgriPole.Cms.DeliveryApi.Routing;
using Umbraco.Cms.Core.DeliveryApi;

namespace AgriPole.Cms.DeliveryApi.Querying;

/// <summary>
/// Runs the content query (fetch, filter, sort, skip, take) over a snapshot. Options are tried in order: ours (the
/// <see cref="IContentSelector"/>/<see cref="IContentFilter"/>/<see cref="IContentSort"/> registered in DI), then any
/// Umbraco <see cref="ISelectorHandler"/>/<see cref="IFilterHandler"/>/<see cref="ISortHandler"/> registered in DI.
/// </summary>
public sealed class ContentQueryService
{
    private readonly IContentSelector[] _selectors;
    private readonly IContentFilter[] _filters;
    private readonly IContentSort[] _sorts;

    public ContentQueryService(
        IEnumerable<IContentSelector> selectors,
        IEnumerable<IContentFilter> filters,
        IEnumerable<IContentSort> sorts,
        IEnumerable<ISelectorHandler> umbracoSelectors,
        IEnumerable<IFilterHandler> umbracoFilters,
        IEnumerable<ISortHandler> umbracoSorts)
    {
        _selectors = [.. selectors, .. umbracoSelectors.Select(h => new UmbracoSelectorHandlerAdapter(h))];
        _filters = [.. filters, .. umbracoFilters.Select(h => new UmbracoFilterHandlerAdapter(h))];
        _sorts = [.. sorts, .. umbracoSorts.Select(h => new UmbracoSortHandlerAdapter(h))];
    }

    public ContentQueryResult Execute(ContentQueryContext query, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take)
    {
        var context = query.Context;
        IEnumerable<PublishedContent> candidates;
        if (string.IsNullOrWhiteSpace(fetch))
        {
            candidates = context.StartItem is { } start ? context.Snapshot.GetDescendants(start.Key) : context.Snapshot.All;
        }
        else
        {
            var selector = Array.Find(_selectors, s => s.CanHandle(fetch));
            if (selector is null)
            {
                return ContentQueryResult.Fail(ContentQueryStatus.SelectorOptionNotFound);
            }

            candidates = selector.Select(fetch, query);
        }

        var predicates = new List<Func<PublishedContent, bool>>();
        foreach (var filter in filters)
        {
            if (string.IsNullOrWhiteSpace(filter))
            {
                continue;
            }

            var handler = Array.Find(_filters, f => f.CanHandle(filter));
            if (handler is null)
            {
                return ContentQueryResult.Fail(ContentQueryStatus.FilterOptionNotFound);
            }

            if (handler.Build(filter, query) is { } predicate)
            {
                predicates.Add(predicate);
            }
        }

        var comparisons = new List<Comparison<PublishedContent>>();
        foreach (var sort in sorts)
        {
            if (string.IsNullOrWhiteSpace(sort))
            {
                continue;
            }

            var handler = Array.Find(_sorts, s => s.CanHandle(sort));
            if (handler is null)
            {
                return ContentQueryResult.Fail(ContentQueryStatus.SortOptionNotFound);
            }

            comparisons.Add(handler.Build(sort, query));
        }

        // Like the index, the candidate set holds only what this request may see, so totals never count hidden items.
        var matches = new List<PublishedContent>();
        foreach (var content in candidates)
        {
            if (ContentRouting.IsAvailable(context, content, context.Culture) && predicates.TrueForAll(p => p(content)))
            {
                matches.Add(content);
            }
        }

        if (comparisons.Count == 0 && query.DefaultOrder is { } defaultOrder)
        {
            comparisons.Add(defaultOrder);
        }

        if (comparisons.Count > 0)
        {
            // The first sort is the primary key, later ones break ties; OrderBy keeps tree order for full ties.
            IOrderedEnumerable<PublishedContent> ordered = matches.Order(Comparer<PublishedContent>.Create(comparisons[0]));
            for (var i = 1; i < comparisons.Count; i++)
            {
                ordered = ordered.ThenBy(x => x, Comparer<PublishedContent>.Create(comparisons[i]));
            }

            matches = [.. ordered];
        }

        var page = matches.Skip(skip).Take(take).ToList();
        return new ContentQueryResult(ContentQueryStatus.Success, matches.Count, page);
    }
}
