using AgriPole.Cms.Core.PublishedCache;
using BenchmarkDotNet.Attributes;

namespace AgriPole.Benchmarks;

/// <summary>Request path → culture and node, the first step of every page request, and the reverse (node → URL).</summary>
[MemoryDiagnoser]
public class RouteResolutionBenchmarks
{
    private BenchmarkSite _site = null!;
    private IPublishedSnapshot _snapshot = null!;
    private IPublishedUrlProvider _urls = null!;
    private string _deepFrench = null!;
    private string _deepEnglish = null!;
    private PublishedContent _deepNode = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.StartAsync().GetAwaiter().GetResult();
        _snapshot = _site.Snapshot;
        _urls = _site.UrlProvider;
        _deepFrench = _site.Route("deepPage", "fr-FR");
        _deepEnglish = _site.Route("deepPage", "en-US");
        _deepNode = _snapshot.GetById(_site.Key("deepPage")) ?? throw new InvalidOperationException("deep page not published");
        if (_urls.Resolve(_snapshot, "localhost", _deepFrench).Node?.Key != _deepNode.Key)
        {
            throw new InvalidOperationException($"{_deepFrench} does not resolve to the deep page");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public RouteMatch Resolve_FrenchHome() => _urls.Resolve(_snapshot, "localhost", "/");

    [Benchmark]
    public RouteMatch Resolve_DeepFrenchPage() => _urls.Resolve(_snapshot, "localhost", _deepFrench);

    [Benchmark]
    public RouteMatch Resolve_DeepEnglishPage() => _urls.Resolve(_snapshot, "localhost", _deepEnglish);

    [Benchmark]
    public RouteMatch Resolve_UnknownPath() => _urls.Resolve(_snapshot, "localhost", "/does-not-exist/at-all/");

    [Benchmark]
    public string? GetUrl_DeepEnglishPage() => _urls.GetUrl(_snapshot, _deepNode, "en-US");
}
