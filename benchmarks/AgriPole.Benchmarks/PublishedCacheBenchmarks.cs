using AgriPole.Cms.Core.PublishedCache;
using BenchmarkDotNet.Attributes;

namespace AgriPole.Benchmarks;

/// <summary>Lookups in the published snapshot that pages, the Delivery API and navigation do on every request.</summary>
[MemoryDiagnoser]
public class PublishedCacheBenchmarks
{
    private BenchmarkSite _site = null!;
    private IPublishedSnapshot _snapshot = null!;
    private Guid _deepKey;
    private Guid _bigParentKey;
    private string _deepRoute = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.StartAsync().GetAwaiter().GetResult();
        _snapshot = _site.Snapshot;
        _deepKey = _site.Key("deepPage");
        _bigParentKey = _site.Key("childrenParentKey");
        _deepRoute = _site.Route("deepPage", "fr-FR");
        if (_snapshot.GetById(_deepKey) is null || _snapshot.GetChildren(_bigParentKey).Count == 0)
        {
            throw new InvalidOperationException("the generated site is not in the snapshot");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public PublishedContent? GetById() => _snapshot.GetById(_deepKey);

    [Benchmark]
    public PublishedContent? GetByRoute() => _snapshot.GetByRoute("fr-FR", _deepRoute);

    [Benchmark]
    public int GetChildren_OfTheLargestParent() => _snapshot.GetChildren(_bigParentKey).Count;

    [Benchmark]
    public int GetAncestors_OfTheDeepPage() => _snapshot.GetAncestors(_deepKey).Count();

    [Benchmark]
    public int GetByContentType_Members() => _snapshot.GetByContentType("member").Count;

    [Benchmark]
    public string? GetValue_Title() => _snapshot.GetById(_deepKey)?.GetString("title", "en-US", "fr-FR");
}
