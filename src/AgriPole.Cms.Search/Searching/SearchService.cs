using System.Collections.Concurrent;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Search.Analysis;
using AgriPole.Cms.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Search.Searching;

/// <inheritdoc cref="ISearchService"/>
public sealed class SearchService : ISearchService
{
    private const int MaxPage = 1000;
    private const string MemberTypeAlias = "member";
    private readonly IIndex _index;
    private readonly SearchFieldCatalog _catalog;
    private readonly CultureFieldAnalyzer _analyzer;
    private readonly SearchQueryBuilder _queryBuilder;
    private readonly ICmsDefinitions _definitions;
    private readonly SearchSettings _settings;
    private readonly ConcurrentDictionary<string, Filter> _cultureFilters = new(StringComparer.Ordinal);

    public SearchService(IIndex index, SearchFieldCatalog catalog, CultureFieldAnalyzer analyzer, ICmsDefinitions definitions, IOptions<SearchSettings> settings)
    {
        _index = index;
        _catalog = catalog;
        _analyzer = analyzer;
        _queryBuilder = new SearchQueryBuilder(analyzer);
        _definitions = definitions;
        _settings = settings.Value;
    }

    public SearchResults Search(SearchRequest request)
    {
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, _settings.MaxPageSize);
        var language = _definitions.GetLanguage(request.Culture);
        var words = QueryText.Words(request.Text, _settings.MaxQueryLength, _settings.MaxQueryWords);
        if (language is null || words.Count == 0)
        {
            return SearchResults.Empty(page, pageSize, _index.IsOpen);
        }

        var contentType = string.IsNullOrWhiteSpace(request.ContentType) ? null : request.ContentType;
        return _index.Search(
            searcher => Execute(searcher, language.IsoCode, words, contentType, page, pageSize),
            SearchResults.Empty(page, pageSize, indexReady: false));
    }

    public SearchResults FilterMembers(MemberFilter filter)
    {
        var page = Math.Clamp(filter.Page, 1, MaxPage);
        var pageSize = Math.Clamp(filter.PageSize, 1, _settings.MaxPageSize);
        var language = _definitions.GetLanguage(filter.Culture);
        if (language is null)
        {
            return SearchResults.Empty(page, pageSize, _index.IsOpen);
        }

        var culture = language.IsoCode;
        var fields = _catalog.GetFields(culture);
        var query = new BooleanQuery { { new TermQuery(new Term(IndexFieldNames.NodeTypeAlias, MemberTypeAlias)), Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            query.Add(new TermQuery(new Term("kind", filter.Kind)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            query.Add(new TermQuery(new Term("department", filter.Department)), Occur.MUST);
        }

        var words = QueryText.Words(filter.Text, _settings.MaxQueryLength, _settings.MaxQueryWords);
        var textQuery = words.Count == 0 ? null : _queryBuilder.Build(words, fields, culture, fuzzy: false);
        if (textQuery is not null)
        {
            query.Add(textQuery, Occur.MUST);
        }

        return _index.Search(
            searcher =>
            {
                var need = page * pageSize;
                var top = textQuery is null
                    ? searcher.Search(query, CultureFilter(culture), need, new Sort(new SortField(IndexFieldNames.SortName, SortFieldType.STRING)))
                    : searcher.Search(query, CultureFilter(culture), need);
                var snippets = new SnippetBuilder(searcher.Rewrite(textQuery ?? query), fields, _analyzer);
                var hits = ToHits(searcher, top.ScoreDocs.Skip((page - 1) * pageSize), culture, snippets);
                return new SearchResults(hits, top.TotalHits, [], [], false, page, pageSize, true);
            },
            SearchResults.Empty(page, pageSize, indexReady: false));
    }

    public IReadOnlyDictionary<Guid, float>? MatchScores(string? text, string culture)
    {
        var language = _definitions.GetLanguage(culture);
        var words = QueryText.Words(text, _settings.MaxQueryLength, _settings.MaxQueryWords);
        if (language is null || words.Count == 0)
        {
            return _index.IsOpen ? new Dictionary<Guid, float>() : null;
        }

        var iso = language.IsoCode;
        var query = _queryBuilder.Build(words, _catalog.GetFields(iso), iso, fuzzy: false);
        if (query is null)
        {
            return _index.IsOpen ? new Dictionary<Guid, float>() : null;
        }

        return _index.Search<IReadOnlyDictionary<Guid, float>?>(
            searcher =>
            {
                var top = searcher.Search(query, CultureFilter(iso), Math.Max(1, searcher.IndexReader.MaxDoc));
                var keyOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFieldNames.Key };
                var scores = new Dictionary<Guid, float>(top.ScoreDocs.Length);
                foreach (var sd in top.ScoreDocs)
                {
                    var key = Guid.Parse(searcher.Doc(sd.Doc, keyOnly).Get(IndexFieldNames.Key));
                    scores.TryAdd(key, float.IsNaN(sd.Score) ? 0f : sd.Score);
                }

                return scores;
            },
            null);
    }

    private SearchResults Execute(IndexSearcher searcher, string culture, IReadOnlyList<string> words, string? contentType, int page, int pageSize)
    {
        var fields = _catalog.GetFields(culture);
        var query = _queryBuilder.Build(words, fields, culture, fuzzy: false);
        if (query is null)
        {
            return SearchResults.Empty(page, pageSize, indexReady: true);
        }

        var filter = CultureFilter(culture);
        var (facets, top) = Run(searcher, query, filter, contentType, page * pageSize);
        var isFuzzy = false;
        IReadOnlyList<string> suggestions = [];
        if (facets.TotalMatches == 0)
        {
            suggestions = Suggest(searcher.IndexReader, culture, words);
            var fuzzyQuery = _queryBuilder.Build(words, fields, culture, fuzzy: true);
            if (fuzzyQuery is not null)
            {
                (facets, top) = Run(searcher, fuzzyQuery, filter, contentType, page * pageSize);
                query = fuzzyQuery;
                isFuzzy = facets.TotalMatches > 0;
            }
        }

        var snippets = new SnippetBuilder(searcher.Rewrite(query), fields, _analyzer);
        var hits = ToHits(searcher, top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs, culture, snippets);
        return new SearchResults(hits, facets.FilteredMatches, facets.GetFacets(), suggestions, isFuzzy, page, pageSize, true);
    }

    private static (ContentTypeFacetCollector Facets, TopScoreDocCollector Top) Run(IndexSearcher searcher, Query query, Filter filter, string? contentType, int need)
    {
        var top = TopScoreDocCollector.Create(need, docsScoredInOrder: false);
        var facets = new ContentTypeFacetCollector(top, contentType);
        searcher.Search(query, filter, facets);
        return (facets, top);
    }

    private static List<SearchHit> ToHits(IndexSearcher searcher, IEnumerable<ScoreDoc> scoreDocs, string culture, SnippetBuilder snippets)
    {
        var title = IndexFieldNames.Title(culture);
        var url = IndexFieldNames.Url(culture);
        var load = new HashSet<string>(snippets.FieldNames, StringComparer.Ordinal) { IndexFieldNames.Key, IndexFieldNames.NodeTypeAlias, title, url };
        var hits = new List<SearchHit>();
        foreach (var sd in scoreDocs)
        {
            Document doc = searcher.Doc(sd.Doc, load);
            hits.Add(new SearchHit(
                Guid.Parse(doc.Get(IndexFieldNames.Key)),
                doc.Get(IndexFieldNames.NodeTypeAlias),
                doc.Get(title) ?? string.Empty,
                doc.Get(url) ?? string.Empty,
                snippets.Build(doc),
                float.IsNaN(sd.Score) ? 0f : sd.Score));
        }

        return hits;
    }

    /// <summary>For each word absent from the culture's vocabulary, the closest indexed word (as written, accents kept).</summary>
    private static List<string> Suggest(IndexReader reader, string culture, IReadOnlyList<string> words)
    {
        var field = IndexFieldNames.Spell(culture);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }

        var changed = false;
        var corrected = new List<string>(words.Count);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var best = lower.Length < 3 || reader.DocFreq(new Term(field, lower)) > 0 ? null : ClosestTerm(terms, field, lower);
            changed |= best is not null;
            corrected.Add(best ?? lower);
        }

        return changed ? [string.Join(' ', corrected)] : [];
    }

    private static string? ClosestTerm(Terms terms, string field, string word)
    {
        var attributes = new AttributeSource();
        var fuzzy = new FuzzyTermsEnum(terms, attributes, new Term(field, word), word.Length >= 7 ? 2 : 1, 1, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestBoost = float.MinValue;
        var bestFreq = -1;
        while (fuzzy.MoveNext())
        {
            var freq = fuzzy.DocFreq;
            if (boost.Boost > bestBoost || (boost.Boost == bestBoost && freq > bestFreq))
            {
                best = fuzzy.Term.Utf8ToString();
                bestBoost = boost.Boost;
                bestFreq = freq;
            }
        }

        return best;
    }

    private Filter CultureFilter(string culture) =>
        _cultureFilters.GetOrAdd(
            IndexFieldNames.NormalizeCulture(culture),
            c => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFieldNames.Published, c)))));
}
