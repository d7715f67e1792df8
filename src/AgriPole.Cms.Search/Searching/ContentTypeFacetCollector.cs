using AgriPole.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgriPole.Cms.Search.Searching;

/// <summary>
/// One pass over the matches: counts every match per content type (from sorted doc values, per-segment ordinals)
/// and hands only those of the filtered type to the inner top-docs collector, so facets ignore the type filter.
/// </summary>
internal sealed class ContentTypeFacetCollector(ICollector inner, string? contentTypeFilter) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _types;
    private int[] _segmentCounts = [];
    private int _filterOrd = -1;

    public int TotalMatches { get; private set; }

    public int FilteredMatches { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        TotalMatches++;
        var ord = _types?.GetOrd(doc) ?? -1;
        if (ord >= 0)
        {
            _segmentCounts[ord]++;
        }

        if (contentTypeFilter is null || (ord >= 0 && ord == _filterOrd))
        {
            FilteredMatches++;
            inner.Collect(doc);
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _types = context.AtomicReader.GetSortedDocValues(IndexFieldNames.NodeTypeAlias);
        _segmentCounts = _types is null ? [] : new int[_types.ValueCount];
        _filterOrd = contentTypeFilter is null || _types is null ? -1 : _types.LookupTerm(new BytesRef(contentTypeFilter));
        inner.SetNextReader(context);
    }

    public IReadOnlyList<FacetCount> GetFacets()
    {
        FlushSegment();
        return [.. _counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value))];
    }

    private void FlushSegment()
    {
        if (_types is null)
        {
            return;
        }

        var scratch = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0)
            {
                continue;
            }

            _types.LookupOrd(ord, scratch);
            var alias = scratch.Utf8ToString();
            _counts[alias] = _counts.GetValueOrDefault(alias) + _segmentCounts[ord];
            _segmentCounts[ord] = 0;
        }

        _types = null;
    }
}
