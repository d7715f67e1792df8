using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Search;

/// <summary>Registers the Examine-style search layer over Lucene.Net.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCmsSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchSettings>()
            .Bind(builder.Configuration.GetSection(SearchSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<CultureFieldAnalyzer>();
        services.AddSingleton<ContentValueSetBuilder>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<SearchSettings>>().Value;
            var cms = sp.GetRequiredService<IOptions<CmsSettings>>().Value;
            var contentRoot = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var dataFolder = Path.Combine(contentRoot, cms.DataFolder);
            return new ExternalIndex(
                Path.Combine(dataFolder, settings.IndexFolder),
                sp.GetRequiredService<ContentValueSetBuilder>(),
                sp.GetRequiredService<CultureFieldAnalyzer>(),
                settings,
                sp.GetRequiredService<ILogger<ExternalIndex>>());
        });
        services.AddSingleton<IIndex>(sp => sp.GetRequiredService<ExternalIndex>());
        services.AddSingleton<SearchFieldCatalog>();
        services.AddSingleton<ISearchService, SearchService>();
        services.AddSingleton<INotificationHandler<PublishedSnapshotChangedNotification>, ContentIndexingHandler>();
        services.AddSingleton<IndexStartupService>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexStartupService>());
        return builder;
    }
}
