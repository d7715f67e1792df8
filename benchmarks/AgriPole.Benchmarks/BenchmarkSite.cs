using System.Text.Json.Nodes;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi;
using AgriPole.Cms.Persistence;
using AgriPole.Cms.Search;
using AgriPole.SiteGenerator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgriPole.Benchmarks;

/// <summary>
/// A generated site loaded through the app's own registrations (AddCms, AddCmsSearch, AddDeliveryApi) and seeded into
/// a SQLite file, so the micro-benchmarks measure the real hot paths. The site and database are kept in a temp folder
/// keyed by size and seed: BenchmarkDotNet runs each benchmark in its own process, and only the first one pays for the
/// generation and the import.
/// </summary>
public sealed class BenchmarkSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchmarkSite(WebApplication app, JsonObject manifest)
    {
        _app = app;
        Manifest = manifest;
        Services = app.Services;
        Snapshot = Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        UrlProvider = Services.GetRequiredService<IPublishedUrlProvider>();
    }

    public IServiceProvider Services { get; }

    public IPublishedSnapshot Snapshot { get; }

    public IPublishedUrlProvider UrlProvider { get; }

    /// <summary>What <see cref="SiteDescriber"/> found: deep page, members directory, a big parent, an image.</summary>
    public JsonObject Manifest { get; }

    public string Route(string entry, string culture) => (string?)Manifest[entry]?[culture]
        ?? throw new InvalidOperationException($"the generated site has no {entry} in {culture}");

    public Guid Key(string entry) => Guid.Parse(Manifest[entry] switch
    {
        JsonObject o => (string?)o["key"],
        JsonValue v => (string?)v,
        _ => null,
    } ?? throw new InvalidOperationException($"the generated site has no {entry}"));

    /// <summary>Pages default to 2,000 (BENCH_PAGES overrides): lookups are hash-based, size matters little past that.</summary>
    public static async Task<BenchmarkSite> StartAsync()
    {
        var pages = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PAGES"), out var p) ? p : 2_000;
        var options = new GeneratorOptions { Pages = pages, Members = Math.Max(10, pages / 20), Media = Math.Max(20, pages / 20) };
        var folder = Path.Combine(Path.GetTempPath(), $"agripole-microbench-{options.Pages}-{options.Members}-{options.Media}-{options.Seed}");
        var config = Path.Combine(folder, "umbraco-config");
        var manifestFile = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestFile))
        {
            var staging = folder + ".tmp-" + Environment.ProcessId;
            options.Source = FindRepositoryConfig();
            options.Output = Path.Combine(staging, "umbraco-config");
            options.Manifest = Path.Combine(staging, "manifest.json");
            new SiteGenerator.SiteGenerator(options).Run();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }

        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AgriPole:Cms:ConfigFolder"] = config,
            ["AgriPole:Cms:DataFolder"] = data,
            ["ConnectionStrings:umbracoDbDSN"] = $"Data Source={Path.Combine(data, "Umbraco.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
        });
        builder.AddCms();
        builder.AddCmsSearch();
        builder.AddDeliveryApi();
        var app = builder.Build();
        await app.InitializeCmsAsync();

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestFile))!.AsObject();
        return new BenchmarkSite(app, manifest);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static string FindRepositoryConfig()
    {
        // BenchmarkDotNet runs a copy of this assembly from a generated folder under bin/: walk up to the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AgriPole.Web.sln")))
                {
                    return Path.Combine(dir.FullName, "umbraco-config");
                }
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository (scripts/bench.sh --micro)");
    }
}
