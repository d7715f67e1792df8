using System.Net;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging;
using AgriPole.Cms.Imaging.Renditions;
using AgriPole.Cms.Persistence;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace AgriPole.Benchmarks;

/// <summary>
/// Renditions through the app's own registrations on Kestrel (loopback): the first render of a 2400×1600 JPEG to an
/// 800-wide WebP (decode, resize, encode: target under 150 ms), then a cached rendition over HTTP against the same
/// bytes served by the static file middleware (target: at least 70 % of its throughput).
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes.")]
public class RenditionBenchmarks
{
    private const string StaticPath = "/static/rendition.webp";

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private RenditionProcessor _processor = null!;
    private string _folder = null!;
    private string _sourcePath = null!;
    private string _renditionUrl = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<long> FirstRendition_Jpeg2400x1600_ToWebp800()
    {
        using var output = new MemoryStream();
        await _processor.RenderAsync(_sourcePath, new RenditionQuery { Width = 800, Format = "webp", Quality = 80 }, output, CancellationToken.None);
        return output.Length;
    }

    [Benchmark(Baseline = true)]
    public Task<int> StaticFile_SameBytes() => GetAsync(StaticPath);

    [Benchmark]
    public Task<int> CachedRendition_Http() => GetAsync(_renditionUrl);

    private async Task<int> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK ? bytes.Length : throw new InvalidOperationException($"{url}: {response.StatusCode}");
    }

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "agripole-rendition-bench-" + Environment.ProcessId);
        var data = Path.Combine(_folder, "data");
        var webRoot = Path.Combine(_folder, "wwwroot");
        Directory.CreateDirectory(Path.Combine(webRoot, "static"));
        Directory.CreateDirectory(data);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = _folder, WebRootPath = webRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AgriPole:Cms:DataFolder"] = data,
            ["AgriPole:Cms:ConfigFolder"] = FindRepositoryConfig(),
            ["ConnectionStrings:umbracoDbDSN"] = $"Data Source={Path.Combine(data, "Umbraco.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
        });
        builder.AddCms();
        builder.AddCmsImaging();
        _app = builder.Build();
        await _app.InitializeCmsAsync();
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        _app.MapCmsImaging();
        await _app.StartAsync();

        var media = _app.Services.GetRequiredService<IMediaService>();
        var upload = await media.UploadAsync(new MemoryStream(BenchmarkPhotos.Jpeg(2400, 1600)), "photo.jpg", null);
        var item = upload.Value ?? throw new InvalidOperationException(upload.Errors[0].Code);
        _sourcePath = _app.Services.GetRequiredService<IMediaFileStore>().GetPhysicalPath(item.StoragePath!)!;
        _processor = _app.Services.GetRequiredService<RenditionProcessor>();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        _renditionUrl = item.Url + "?width=800&format=webp";
        var rendition = await _client.GetByteArrayAsync(_renditionUrl);
        await File.WriteAllBytesAsync(Path.Combine(webRoot, "static", "rendition.webp"), rendition);
    }

    private static string FindRepositoryConfig()
    {
        // BenchmarkDotNet may run a copy of this assembly from a generated folder under bin/: walk up to the repository.
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

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
