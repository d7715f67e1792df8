using AgriPole.Cms.Search.Indexing;
using AgriPole.Web.Features.Caching;
using Lucene.Net.Index;

namespace AgriPole.Web.Features.Search;

/// <summary>
/// Search result pages are cached per query string and index generation: a repeated query (the common case on a
/// cluster's site) is served like a static page, and any index change (publish, rebuild) starts fresh entries.
/// Nothing is cached while the index is not open.
/// </summary>
public sealed class SearchPageCachePolicy(IIndex index) : IQueryPageCachePolicy
{
    public string ContentTypeAlias => "searchPage";

    public string? GetVersionToken()
    {
        var version = index.Search(s => s.IndexReader is DirectoryReader reader ? reader.Version : -1L, -1L);
        return version < 0 ? null : version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
