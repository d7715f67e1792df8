using AgriPole.Cms.Search.Indexing;
using Lucene.Net.Analysis;

namespace AgriPole.Cms.Search.Analysis;

/// <summary>
/// Picks the analyzer from the field name: "title_fr-fr" is French, "title_en-us" English, "__Spell_*" spelling,
/// anything else (invariant text) folded only. Field names are dynamic (one per culture), so a fixed per-field map would not do.
/// </summary>
public sealed class CultureFieldAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer _french = new FrenchSearchAnalyzer();
    private readonly Analyzer _english = new EnglishSearchAnalyzer();
    private readonly Analyzer _invariant = new InvariantSearchAnalyzer();
    private readonly Analyzer _spelling = new SpellingAnalyzer();

    public CultureFieldAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>The analyzer for text in <paramref name="culture"/> ("fr-FR", "en-us"...).</summary>
    public Analyzer ForCulture(string? culture)
    {
        if (culture is null || culture.Length < 2)
        {
            return _invariant;
        }

        if (culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
        {
            return _french;
        }

        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? _english : _invariant;
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        if (fieldName.StartsWith(IndexFieldNames.SpellPrefix, StringComparison.Ordinal))
        {
            return _spelling;
        }

        return ForCulture(IndexFieldNames.CultureOf(fieldName));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _french.Dispose();
            _english.Dispose();
            _invariant.Dispose();
            _spelling.Dispose();
        }

        base.Dispose(disposing);
    }
}
