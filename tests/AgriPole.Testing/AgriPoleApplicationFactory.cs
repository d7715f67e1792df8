using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AgriPole.Testing;

/// <summary>
/// Runs the real app for one test (class): its own SQLite file, search index and media folder under a fresh temp
/// folder, deleted on dispose. Settings can be added before the first request (or <see cref="WebApplicationFactory{T}.Server"/> access).
/// </summary>
public class AgriPoleApplicationFactory : WebApplicationFactory<Program>
{
    public AgriPoleApplicationFactory()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "agripole-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
    }

    /// <summary>This app's App_Data: database file, index, media.</summary>
    public string DataFolder { get; }

    public string DatabaseFile => Path.Combine(DataFolder, "Umbraco.sqlite.db");

    /// <summary>
    /// Extra configuration (key → value), applied over appsettings.json. The rendition warm-up (about a second of CPU
    /// per app) is off by default here: tests start many apps and none times a first rendition.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase) { ["AgriPole:Imaging:WarmUpRenditions"] = "false" };

    /// <summary>The hosting environment; "Production" checks what visitors get (no stack traces).</summary>
    public string Environment { get; set; } = "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("AgriPole:Cms:DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", $"Data Source={DatabaseFile};Cache=Shared;Foreign Keys=True;Pooling=True");
        builder.UseSetting("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TryDelete(DataFolder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (e.g. an index being closed) only leaves a temp folder behind.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
