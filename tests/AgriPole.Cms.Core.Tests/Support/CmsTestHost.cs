using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Imaging.Placeholders;
using AgriPole.Cms.Persistence;
using AgriPole.Cms.Persistence.Caching;
using AgriPole.Cms.Persistence.PublishedCache;
using AgriPole.Cms.Persistence.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Core.Tests.Support;

/// <summary>
/// The engine as the app wires it (AddCmsCore), on a real SQLite file in its own temp folder. Two hosts given the same
/// data folder act as two nodes of a load-balanced site.
/// </summary>
public sealed class CmsTestHost : IAsyncDisposable
{
    private readonly bool _ownsFolder;
    private FixtureConfig? _ownedConfig;

    private CmsTestHost(string configFolder, string dataFolder, bool ownsFolder, Action<IServiceCollection>? configure, bool seed)
    {
        ConfigFolder = configFolder;
        DataFolder = dataFolder;
        _ownsFolder = ownsFolder;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AgriPole:Cms:ConfigFolder"] = configFolder,
            ["AgriPole:Cms:DataFolder"] = dataFolder,
            ["AgriPole:Cms:SeedOnEmptyDatabase"] = seed ? "true" : "false",
            ["ConnectionStrings:umbracoDbDSN"] = "Data Source=|DataDirectory|/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(dataFolder));
        services.AddLogging();
        services.AddSingleton<IPlaceholderImageGenerator, PlaceholderImageGenerator>();
        services.AddCmsCore();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ServiceProvider Services { get; }

    public string ConfigFolder { get; }

    public string DataFolder { get; }

    public string DatabaseFile => Path.Combine(DataFolder, "Umbraco.sqlite.db");

    public IContentService Content => Services.GetRequiredService<IContentService>();

    public PublishedSnapshotService Snapshots => Services.GetRequiredService<PublishedSnapshotService>();

    public IPublishedSnapshot Current => Snapshots.Current;

    public IPublishedUrlProvider Urls => Services.GetRequiredService<IPublishedUrlProvider>();

    public CmsSeeder Seeder => Services.GetRequiredService<CmsSeeder>();

    public CacheInstructionPoller Poller => Services.GetRequiredService<CacheInstructionPoller>();

    public ICmsDefinitions Definitions => Services.GetRequiredService<ICmsDefinitions>();

    /// <summary>A started engine (migrated, seeded from the fixture unless <paramref name="seed"/> is false, snapshot built).</summary>
    public static async Task<CmsTestHost> StartAsync(string configFolder, string? dataFolder = null, Action<IServiceCollection>? configure = null, bool seed = true)
    {
        var owns = dataFolder is null;
        dataFolder ??= Path.Combine(Path.GetTempPath(), "agripole-engine-tests", Guid.NewGuid().ToString("N"), "App_Data");
        var host = new CmsTestHost(configFolder, dataFolder, owns, configure, seed);
        await host.Services.InitializeCmsAsync();
        return host;
    }

    /// <summary>Starts on a private copy of the fixture config, deleted with the host.</summary>
    public static async Task<CmsTestHost> StartWithFixtureAsync(Action<IServiceCollection>? configure = null, Action<FixtureConfig>? editConfig = null)
    {
        var config = new FixtureConfig();
        editConfig?.Invoke(config);
        var host = await StartAsync(config.Folder, configure: configure);
        host._ownedConfig = config;
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _ownedConfig?.Dispose();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(DataFolder)!, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "AgriPole.Cms.Core.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
