namespace AgriPole.Web.Features.Caching;

/// <summary>
/// Lets a document type's pages be output-cached even with a query string (pages without one are always cacheable).
/// The page must depend only on the path, the query string, the snapshot and what <see cref="GetVersionToken"/>
/// stands for: e.g. search results depend on the index generation.
/// </summary>
public interface IQueryPageCachePolicy
{
    string ContentTypeAlias { get; }

    /// <summary>A token that changes whenever the page's other inputs change; null when the page must not be cached now.</summary>
    string? GetVersionToken();
}
