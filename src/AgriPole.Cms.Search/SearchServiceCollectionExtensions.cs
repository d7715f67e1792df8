using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Search;

/// <summary>Registers the Examine-style search layer over Lucene.Net.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCmsSearch(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
