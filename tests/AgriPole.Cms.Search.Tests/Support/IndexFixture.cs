using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Search.Tests.Support;

/// <summary>A real on-disk external index in its own temp folder, with the search service over it; deleted on dispose.</summary>
public sealed class IndexFixture : IDisposable
{
    public IndexFixture(string? folder = null, SearchSettings? settings = null)
    {
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "agripole-search-tests", Guid.NewGuid().ToString("N"));
        Settings = settings ?? new SearchSettings();
        var options = Options.Create(Settings);
        Analyzer = new CultureFieldAnalyzer();
        Builder = new ContentValueSetBuilder(TestDefinitions.Instance, new TestUrlProvider(), options);
        Index = new ExternalIndex(Folder, Builder, Analyzer, Settings, NullLogger<ExternalIndex>.Instance);
        Search = new SearchService(Index, new SearchFieldCatalog(TestDefinitions.Instance), Analyzer, TestDefinitions.Instance, options);
    }

    public string Folder { get; }

    public SearchSettings Settings { get; }

    public CultureFieldAnalyzer Analyzer { get; }

    public ContentValueSetBuilder Builder { get; }

    public ExternalIndex Index { get; }

    public SearchService Search { get; }

    /// <summary>Opens the index and rebuilds it from <paramref name="snapshot"/>.</summary>
    public IndexFixture With(IPublishedSnapshot snapshot)
    {
        Index.Open();
        Index.Rebuild(snapshot);
        return this;
    }

    public SearchResults Find(string? text, string culture = "fr-FR", string? contentType = null, int page = 1, int pageSize = 10) =>
        Search.Search(new SearchRequest(text, culture, contentType, page, pageSize));

    /// <summary>Closes the index but keeps its files (to reopen or damage them).</summary>
    public void Close() => Index.Dispose();

    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
        DeleteFolder(Folder);
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
