using System.Text;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Search.Searching;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Web.Features.Search;

/// <summary>
/// Reads the search page's query string (q, type, page), runs the search and builds the links of the page.
/// Plain links and a GET form: the page works without JavaScript and every state has its own URL.
/// </summary>
public static class SearchPageBuilder
{
    public const int PageSize = 10;
    private const int MaxEchoLength = 200;
    private const int PageWindow = 2;

    public static SearchPageViewModel Build(ISearchService search, ICmsDefinitions definitions, string culture, string pageUrl, IQueryCollection query, int pageSize = PageSize)
    {
        var text = First(query, "q").Trim();
        if (text.Length > MaxEchoLength)
        {
            text = text[..MaxEchoLength];
        }

        var type = First(query, "type");
        var contentType = definitions.GetContentType(type) is { IsElement: false } known ? known.Alias : null;
        var page = int.TryParse(First(query, "page"), out var p) && p > 0 ? p : 1;
        if (text.Length == 0)
        {
            return new SearchPageViewModel { Query = string.Empty, Results = SearchResults.Empty(1, pageSize, indexReady: true) };
        }

        var results = search.Search(new SearchRequest(text, culture, contentType, page, pageSize));
        var facets = new List<SearchPageLink>();
        if (results.Facets.Count > 0)
        {
            facets.Add(new SearchPageLink(string.Empty, Link(pageUrl, text, null, 1), contentType is null, results.Facets.Sum(f => f.Count)));
            foreach (var facet in results.Facets)
            {
                var label = definitions.GetContentType(facet.ContentTypeAlias)?.Name.Get(culture) ?? facet.ContentTypeAlias;
                facets.Add(new SearchPageLink(label, Link(pageUrl, text, facet.ContentTypeAlias, 1), facet.ContentTypeAlias == contentType, facet.Count));
            }
        }

        var pages = new List<SearchPageLink>();
        var pageCount = results.PageCount;
        if (pageCount > 1)
        {
            for (var n = 1; n <= pageCount; n++)
            {
                // First, last and a window around the current page: a short list on a long result set.
                if (n == 1 || n == pageCount || Math.Abs(n - results.Page) <= PageWindow)
                {
                    pages.Add(new SearchPageLink(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Link(pageUrl, text, contentType, n), n == results.Page));
                }
            }
        }

        return new SearchPageViewModel
        {
            Query = text,
            ContentType = contentType,
            Results = results,
            Facets = facets,
            Pages = pages,
            PreviousPageUrl = results.Page > 1 && results.Page <= pageCount ? Link(pageUrl, text, contentType, results.Page - 1) : null,
            NextPageUrl = results.Page < pageCount ? Link(pageUrl, text, contentType, results.Page + 1) : null,
            Suggestions = [.. results.Suggestions.Select(s => new SearchPageLink(s, Link(pageUrl, s, contentType, 1)))],
        };
    }

    /// <summary>"/recherche/?q=p%C3%B4le&amp;type=newsItem&amp;page=2": values escaped, defaults left out.</summary>
    public static string Link(string pageUrl, string text, string? contentType, int page)
    {
        var sb = new StringBuilder(pageUrl).Append("?q=").Append(Uri.EscapeDataString(text));
        if (contentType is not null)
        {
            sb.Append("&type=").Append(Uri.EscapeDataString(contentType));
        }

        if (page > 1)
        {
            sb.Append("&page=").Append(page);
        }

        return sb.ToString();
    }

    private static string First(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] ?? string.Empty : string.Empty;
}
