using AgriPole.Cms.Search.Searching;
using AgriPole.Cms.Search.Tests.Support;

namespace AgriPole.Cms.Search.Tests.Searching;

public sealed class SearchServiceTests : IClassFixture<SearchServiceTests.CorpusIndex>
{
    private readonly IndexFixture _index;

    public SearchServiceTests(CorpusIndex corpus) => _index = corpus.Fixture;

    public static TheoryData<string, string, string> RelevanceCases => new()
    {
        { "fr-FR", "adhérer", "Pourquoi adhérer au pôle ?" },
        { "fr-FR", "adherer", "Pourquoi adhérer au pôle ?" },
        { "fr-FR", "pourquoi adhérer", "Pourquoi adhérer au pôle ?" },
        { "fr-FR", "adhésion", "Pourquoi adhérer au pôle ?" },
        { "fr-FR", "competitivite", "La politique des pôles de compétitivité" },
        { "fr-FR", "politique des pôles", "La politique des pôles de compétitivité" },
        { "fr-FR", "poles", "La politique des pôles de compétitivité" },
        { "fr-FR", "l'état", "La politique des pôles de compétitivité" },
        { "fr-FR", "feuilles de route", "La politique des pôles de compétitivité" },
        { "fr-FR", "irrigation", "Irrigation de précision : un projet labellisé" },
        { "fr-FR", "capteurs eau", "Irrigation de précision : un projet labellisé" },
        { "fr-FR", "coopérative céréalière", "Coopérative Exemple des Coteaux" },
        { "fr-FR", "biotechnologies", "Laboratoire Exemple Agrobiotech" },
        { "en-US", "joined", "Why join the cluster?" },
        { "en-US", "join", "Why join the cluster?" },
        { "en-US", "competitiveness policy", "The French competitiveness cluster policy" },
        { "en-US", "sensors", "Precision irrigation: a certified project" },
        { "en-US", "robot", "Agritech Exemple" },
        { "en-US", "plant biotechnology", "Laboratoire Exemple Agrobiotech" },
    };

    [Theory]
    [MemberData(nameof(RelevanceCases))]
    public void Search_LanguageQuery_ExpectedFirstHit(string culture, string query, string expectedTitle)
    {
        var results = _index.Find(query, culture);

        Assert.NotEmpty(results.Hits);
        Assert.Equal(expectedTitle, results.Hits[0].Title);
        Assert.False(results.IsFuzzy);
    }

    [Fact]
    public void Search_TitleMatch_RanksAboveBodyMatch()
    {
        // "adhérer" is in the title of "why join" and only in the body of the search page's neighbours.
        var results = _index.Find("projet", "fr-FR");

        Assert.Equal("Irrigation de précision : un projet labellisé", results.Hits[0].Title);
        Assert.True(results.Hits.Count >= 2);
        Assert.True(results.Hits[0].Score > results.Hits[^1].Score);
    }

    [Fact]
    public void Search_Hit_HasKeyUrlAndTypeOfCulture()
    {
        var fr = _index.Find("adhérer", "fr-FR").Hits[0];
        var en = _index.Find("join", "en-US").Hits[0];

        Assert.Equal(SiteCorpus.WhyJoin.Key, fr.Key);
        Assert.Equal("/pourquoi-adherer/", fr.Url);
        Assert.Equal("contentPage", fr.ContentTypeAlias);
        Assert.Equal(SiteCorpus.WhyJoin.Key, en.Key);
        Assert.Equal("/en/why-join/", en.Url);
    }

    [Fact]
    public void Search_Snippet_MarksMatchesInEncodedText()
    {
        var hit = _index.Find("membres", "fr-FR").Hits.Single(h => h.Key == SiteCorpus.WhyJoin.Key);

        Assert.Contains("<mark>membres</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp; accéder", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FrenchOnlyPage_NotFoundInEnglish()
    {
        Assert.Contains(_index.Find("mentions légales", "fr-FR").Hits, h => h.Key == SiteCorpus.FrenchOnly.Key);
        Assert.DoesNotContain(_index.Find("mentions", "en-US").Hits, h => h.Key == SiteCorpus.FrenchOnly.Key);
    }

    [Fact]
    public void Search_ErrorPageAndNoIndexPage_NeverFound()
    {
        Assert.DoesNotContain(_index.Find("introuvable", "fr-FR").Hits, h => h.Key == SiteCorpus.NotFound.Key);
        Assert.DoesNotContain(_index.Find("page cachée", "fr-FR").Hits, h => h.Key == SiteCorpus.Hidden.Key);
    }

    [Fact]
    public void Search_Facets_CountEveryTypeWhileFilterNarrowsHits()
    {
        var all = _index.Find("laboratoire", "fr-FR");
        var members = _index.Find("laboratoire", "fr-FR", contentType: "member");

        Assert.Contains(all.Facets, f => f.ContentTypeAlias == "member" && f.Count >= 1);
        Assert.Contains(all.Facets, f => f.ContentTypeAlias == "contentPage" && f.Count >= 1);
        Assert.All(members.Hits, h => Assert.Equal("member", h.ContentTypeAlias));
        Assert.Equal(all.Facets.Single(f => f.ContentTypeAlias == "member").Count, members.Total);
        Assert.Equal(all.Facets, members.Facets);
        Assert.Equal(all.Facets.Sum(f => f.Count), all.Total);
    }

    [Fact]
    public void Search_Paging_SplitsResultsWithoutOverlap()
    {
        var first = _index.Find("exemple", "fr-FR", page: 1, pageSize: 2);
        var second = _index.Find("exemple", "fr-FR", page: 2, pageSize: 2);

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(2, first.Hits.Count);
        Assert.Single(second.Hits);
        Assert.DoesNotContain(second.Hits[0].Key, first.Hits.Select(h => h.Key));
    }

    [Theory]
    [InlineData("fr-FR", "captuers", "capteurs")]
    [InlineData("fr-FR", "vergerz connectés", "vergers connectés")]
    [InlineData("en-US", "orchads", "orchards")]
    public void Search_Misspelt_FuzzyRetryAndSuggestion(string culture, string typed, string suggestion)
    {
        var results = _index.Find(typed, culture);

        Assert.True(results.IsFuzzy);
        Assert.Equal(SiteCorpus.Irrigation.Key, results.Hits[0].Key);
        Assert.Equal([suggestion], results.Suggestions);
    }

    [Fact]
    public void Search_NothingClose_EmptyWithoutError()
    {
        var results = _index.Find("zzyzxq", "fr-FR");

        Assert.Empty(results.Hits);
        Assert.Equal(0, results.Total);
        Assert.True(results.IndexReady);
    }

    public static TheoryData<string?> HostileQueries => new()
    {
        null, "", "   ", "AND(", "*", "?", "\"", "\"unbalanced", "title_fr-fr:x", "__Key:*", "a AND OR NOT", "(((", ")", "[a TO z]",
        "{!}", "~2", "adhérer^100", "\\", "/regex/", "<script>alert(1)</script>", "' OR 1=1 --", "le la les", "\0\u0001", "🚜🌾",
        new string('a', 10_000), string.Join(' ', Enumerable.Repeat("pôle compétitivité adhérer", 1_000)),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Search_HostileQuery_NeverThrows(string? query)
    {
        var results = _index.Find(query, "fr-FR");

        Assert.NotNull(results);
        Assert.All(results.Hits, h => Assert.DoesNotContain("<script", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_FieldSyntaxInText_NotAFieldQuery()
    {
        // Parsed as Lucene syntax, these would select the page by key or every member; as words they match nothing.
        // The corpus keys are random: a fragment of the GUID can come within the fuzzy retry's edit distance of a word
        // of the page (once "accéder"), so only an exact (non-fuzzy) hit would prove a field query.
        var byKey = _index.Find($"__Key:{SiteCorpus.WhyJoin.Key:D}", "fr-FR");
        Assert.True(byKey.IsFuzzy || byKey.Hits.All(h => h.Key != SiteCorpus.WhyJoin.Key), "the key was searched as a field");
        Assert.Equal(0, _index.Find("__NodeTypeAlias:member", "fr-FR", contentType: "member").Total);
    }

    [Theory]
    [InlineData("xx-XX")]
    [InlineData("fr-FR:x")]
    public void Search_UnknownCulture_Empty(string culture) => Assert.Empty(_index.Find("adhérer", culture).Hits);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(-5, -1)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void Search_OutOfRangePaging_Clamped(int page, int pageSize)
    {
        var results = _index.Find("pôle", "fr-FR", page: page, pageSize: pageSize);

        Assert.InRange(results.Page, 1, 1000);
        Assert.InRange(results.PageSize, 1, 50);
    }

    [Fact]
    public void FilterMembers_KindAndDepartment_ExactMatchesAToZ()
    {
        var haute = _index.Search.FilterMembers(new MemberFilter("fr-FR", Department: "31 - Haute-Garonne"));
        var labs = _index.Search.FilterMembers(new MemberFilter("fr-FR", Kind: "researchLab", Department: "31 - Haute-Garonne"));
        var all = _index.Search.FilterMembers(new MemberFilter("en-US"));

        Assert.Equal(["Agritech Exemple", "Laboratoire Exemple Agrobiotech"], haute.Hits.Select(h => h.Title));
        Assert.Equal([SiteCorpus.Lab.Key], labs.Hits.Select(h => h.Key));
        Assert.Equal(3, all.Total);
        Assert.Equal(["Agritech Exemple", "Coopérative Exemple des Coteaux", "Laboratoire Exemple Agrobiotech"], all.Hits.Select(h => h.Title));
        Assert.All(all.Hits, h => Assert.StartsWith("/en/members/", h.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void FilterMembers_Text_MatchesDescription()
    {
        var results = _index.Search.FilterMembers(new MemberFilter("fr-FR", Text: "robotique"));

        Assert.Equal([SiteCorpus.Startup.Key], results.Hits.Select(h => h.Key));
    }

    [Fact]
    public void FilterMembers_UnknownKind_Empty() =>
        Assert.Equal(0, _index.Search.FilterMembers(new MemberFilter("fr-FR", Kind: "\"*")).Total);

    public sealed class CorpusIndex : IDisposable
    {
        public IndexFixture Fixture { get; } = new IndexFixture().With(SiteCorpus.Snapshot());

        public void Dispose() => Fixture.Dispose();
    }
}
