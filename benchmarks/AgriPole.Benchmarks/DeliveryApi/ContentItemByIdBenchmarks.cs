using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi;
using AgriPole.Cms.DeliveryApi.Endpoints;
using AgriPole.Cms.Persistence;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Benchmarks.DeliveryApi;

/// <summary>
/// GET content/item/{id} against the seed, compared with a minimal handler writing the same bytes with the same
/// headers: the target is a ratio of at least 0.5 (the handler at most twice the minimal one). Both run on a
/// DefaultHttpContext, so the server pipeline, identical for both, is left out and the ratio is conservative.
/// Run: dotnet run -c Release --project benchmarks/AgriPole.Benchmarks -- --filter '*ContentItemById*'
/// </summary>
[MemoryDiagnoser]
public class ContentItemByIdBenchmarks
{
    private static readonly Guid WhyJoin = Guid.Parse("f618bf21-5161-437a-80bc-94344513a17e");

    private IHost _host = null!;
    private ContentEndpoints _endpoints = null!;
    private byte[] _body = null!;
    private string _dataFolder = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dataFolder = Path.Combine(Path.GetTempPath(), "agripole-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataFolder);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["AgriPole:Cms:DataFolder"] = _dataFolder;
        builder.Configuration["ConnectionStrings:umbracoDbDSN"] = $"Data Source={Path.Combine(_dataFolder, "Umbraco.sqlite.db")};Cache=Shared;Pooling=True";
        builder.Configuration["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite";
        builder.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
        builder.Configuration["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "false";
        builder.AddCms();
        builder.AddDeliveryApi();
        _host = builder.Build();
        await _host.InitializeCmsAsync();
        _endpoints = _host.Services.GetRequiredService<ContentEndpoints>();
        var context = NewContext();
        await _endpoints.ByIdAsync(context);
        _body = ((MemoryStream)context.Response.Body).ToArray();
        if (context.Response.StatusCode != 200 || _body.Length == 0)
        {
            throw new InvalidOperationException("The seed item did not render.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task MinimalEndpointSameBytes()
    {
        var context = NewContext();
        context.Response.Headers.Vary = "Accept-Language, Preview, Start-Item";
        context.Response.Headers.ETag = "\"0123456789abcdef\"";
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = _body.Length;
        return context.Response.Body.WriteAsync(_body).AsTask();
    }

    [Benchmark]
    public Task DeliveryApiItemById() => _endpoints.ByIdAsync(NewContext());

    private DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext { RequestServices = _host.Services };
        context.Request.Method = "GET";
        context.Request.Path = "/umbraco/delivery/api/v2/content/item/" + WhyJoin;
        context.Request.RouteValues["id"] = WhyJoin.ToString();
        context.Response.Body = new MemoryStream(16 * 1024);
        return context;
    }
}
