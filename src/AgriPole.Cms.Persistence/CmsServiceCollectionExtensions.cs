using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Caching;
using AgriPole.Cms.Persistence.Content;
using AgriPole.Cms.Persistence.DataProtection;
using AgriPole.Cms.Persistence.Media;
using AgriPole.Cms.Persistence.PublishedCache;
using AgriPole.Cms.Persistence.Seeding;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Persistence;

/// <summary>Registers the content engine: definitions from umbraco-config, EF Core storage, services, published snapshot.</summary>
public static class CmsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCms(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCmsCore();
        builder.Services.AddCmsMediaService();
        builder.Services.AddCmsDataProtection(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Media writes. Kept out of <see cref="AddCmsCore"/> because the service needs IMediaUploadValidator and
    /// IMediaFileStore, which AddCmsImaging registers; hosts without imaging (engine tests, tools) leave it out.
    /// </summary>
    public static IServiceCollection AddCmsMediaService(this IServiceCollection services)
    {
        services.TryAddSingleton<MediaService>();
        services.TryAddSingleton<IMediaService>(sp => sp.GetRequiredService<MediaService>());
        return services;
    }

    /// <summary>The registrations of <see cref="AddCms"/>, for hosts that are not an application builder (tests, tools).</summary>
    public static IServiceCollection AddCmsCore(this IServiceCollection services)
    {
        services.AddOptions<CmsSettings>().BindConfiguration(CmsSettings.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CmsSettings>, CmsSettingsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Read lazily (configuration is final only when the container is built); InitializeCmsAsync forces it at start.
        services.TryAddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<CmsSettings>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var folder = CmsConfigFolder.Resolve(settings.ConfigFolder, environment.ContentRootPath, AppContext.BaseDirectory);
            return CmsDefinitionsLoader.Load(folder);
        });
        services.TryAddSingleton<ICmsDefinitions>(sp => sp.GetRequiredService<CmsDefinitions>());

        services.TryAddSingleton<CmsDbContextFactory>();
        services.TryAddSingleton<CmsWriteGate>();
        services.TryAddSingleton<CmsDatabaseMigrator>();
        services.TryAddSingleton<CmsNodeIdentity>();
        services.TryAddSingleton<IEventAggregator, EventAggregator>();
        services.TryAddSingleton<PublishedSnapshotService>();
        services.TryAddSingleton<IPublishedSnapshotService>(sp => sp.GetRequiredService<PublishedSnapshotService>());
        services.TryAddSingleton<IPublishedSnapshotAccessor>(sp => sp.GetRequiredService<PublishedSnapshotService>());
        services.TryAddSingleton<IPublishedUrlProvider, PublishedUrlProvider>();
        services.TryAddSingleton<ContentService>();
        services.TryAddSingleton<IContentService>(sp => sp.GetRequiredService<ContentService>());

        services.TryAddSingleton<CmsSeeder>();
        services.TryAddSingleton<CacheInstructionPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<CacheInstructionPoller>());
        return services;
    }

    /// <summary>Applies migrations, seeds an empty database, builds the published snapshot. Call before serving.</summary>
    public static Task InitializeCmsAsync(this IHost host, CancellationToken cancellationToken = default) =>
        host.Services.InitializeCmsAsync(cancellationToken);

    public static async Task InitializeCmsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AgriPole.Cms");
        var started = TimeProvider.System.GetTimestamp();

        // Definitions first: a broken umbraco-config file stops the app before anything touches the database.
        var definitions = services.GetRequiredService<CmsDefinitions>();
        var loaded = TimeProvider.System.GetElapsedTime(started);
        await services.GetRequiredService<CmsDatabaseMigrator>().MigrateAsync(cancellationToken);
        var migrated = TimeProvider.System.GetElapsedTime(started);
        var seeder = services.GetRequiredService<CmsSeeder>();
        await seeder.ImportDictionaryAsync(definitions.DictionaryItems, cancellationToken);
        var settings = services.GetRequiredService<IOptions<CmsSettings>>().Value;
        if (settings.SeedOnEmptyDatabase && await seeder.IsDatabaseEmptyAsync(cancellationToken))
        {
            await seeder.SeedAsync(cancellationToken);
        }

        var seeded = TimeProvider.System.GetElapsedTime(started);
        var snapshots = services.GetRequiredService<PublishedSnapshotService>();
        await snapshots.RebuildAsync(cancellationToken);
        logger.LogInformation(
            "CMS ready in {Elapsed} ms (definitions {Definitions} ms, migrations {Migrations} ms, seed {Seed} ms): {Count} published node(s), config {Folder}",
            (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds,
            (long)loaded.TotalMilliseconds,
            (long)migrated.TotalMilliseconds,
            (long)seeded.TotalMilliseconds,
            snapshots.Current.ContentCount,
            definitions.ConfigFolder);
    }
}
