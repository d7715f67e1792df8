using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Search;
using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgriPole.Benchmarks;

/// <summary>
/// Site search on 10,000 pages in two cultures (20,000 culture variants): query latency in process (target p95 under
/// 5 ms) and a full rebuild (target under 30 s). Run: dotnet run -c Release --project benchmarks/AgriPole.Benchmarks -- --filter '*SearchBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[AllStatisticsColumn]
public class SearchBenchmarks : IDisposable
{
    private string _folder = string.Empty;
    private ICmsDefinitions _definitions = null!;
    private IPublishedSnapshot _snapshot = null!;
    private CultureFieldAnalyzer _analyzer = null!;
    private ExternalIndex _index = null!;
    private SearchService _search = null!;

    [Params(10_000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _definitions = SearchCorpus.LoadDefinitions();
        _snapshot = SearchCorpus.Build(_definitions, Pages);
        _folder = Path.Combine(Path.GetTempPath(), "agripole-bench", Guid.NewGuid().ToString("N"));
        var settings = new SearchSettings();
        _analyzer = new CultureFieldAnalyzer();
        var builder = new ContentValueSetBuilder(_definitions, new PublishedUrlProvider(_definitions), Options.Create(settings));
        _index = new ExternalIndex(_folder, builder, _analyzer, settings, NullLogger<ExternalIndex>.Instance);
        _index.Open();
        _index.Rebuild(_snapshot);
        _search = new SearchService(_index, new SearchFieldCatalog(_definitions), _analyzer, _definitions, Options.Create(settings));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int QueryFrenchOneWord() => _search.Search(new SearchRequest("compétitivité", "fr-FR")).Total;

    [Benchmark]
    public int QueryFrenchThreeWordsUnaccented() => _search.Search(new SearchRequest("adherer pole irrigation", "fr-FR")).Total;

    [Benchmark]
    public int QueryEnglishStemmed() => _search.Search(new SearchRequest("joined clusters", "en-US")).Total;

    [Benchmark]
    public int QueryWithTypeFilterPage3() => _search.Search(new SearchRequest("agriculture", "fr-FR", "contentPage", 3)).Total;

    [Benchmark]
    public int QueryMisspeltFuzzyRetry() => _search.Search(new SearchRequest("irigatoin", "fr-FR")).Total;

    [Benchmark]
    public int QueryHostile10KB() => _search.Search(new SearchRequest(new string('*', 10_000), "fr-FR")).Total;

    /// <summary>One full rebuild of the 10,000 pages (deletes and re-adds every document, commits).</summary>
    [Benchmark]
    public int Rebuild() => _index.Rebuild(_snapshot);
}
