using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Rendering;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.DeliveryApiFixture;

namespace AgriPole.Cms.DeliveryApi.Tests.Querying;

public class ContentQueryServiceTests
{
    private static ContentQueryResult Run(string? fetch, string[]? filters = null, string[]? sorts = null, int skip = 0, int take = 10, DeliveryApiContext? context = null) =>
        Queries.Service().Execute(new ContentQueryContext(context ?? Context()), fetch, filters ?? [], sorts ?? [], skip, take);

    private static List<Guid> Keys(ContentQueryResult result) => result.Items.Select(i => i.Key).ToList();

    [Fact]
    public void Execute_NoFetch_ReturnsEverythingVisibleInTreeOrder()
    {
        var result = Run(null);
        Assert.Equal([HomeKey, AboutKey, NewsKey, News1Key, News2Key], Keys(result));
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public void Execute_NoFetchWithStartItem_ReturnsDescendantsOfStartItemOnly()
    {
        var context = Context();
        context = new DeliveryApiContext(context.Snapshot, "fr-FR", Languages, context.ContentTypes, context.Settings) { StartItem = context.Snapshot.GetById(HomeKey) };
        Assert.DoesNotContain(HomeKey, Keys(Run(null, context: context)));
    }

    [Fact]
    public void Execute_ChildrenOfRootPath_ReturnsTopLevelPagesWithoutDisallowed()
    {
        Assert.Equal([AboutKey, NewsKey], Keys(Run("children:/")));
    }

    [Fact]
    public void Execute_ChildrenById_ReturnsChildren()
    {
        Assert.Equal([News1Key, News2Key], Keys(Run("children:" + NewsKey)));
    }

    [Fact]
    public void Execute_DescendantsByPath_ExcludesTheItem()
    {
        Assert.Equal([News1Key, News2Key], Keys(Run("descendants:/actualites/")));
    }

    [Fact]
    public void Execute_AncestorsById_ReturnsAncestorsRootFirst()
    {
        Assert.Equal([HomeKey, NewsKey], Keys(Run("ancestors:" + News1Key)));
    }

    [Theory]
    [InlineData("children:")]
    [InlineData("children:/nowhere/")]
    [InlineData("ancestors:00000000-0000-0000-0000-000000000001")]
    [InlineData("children:not-a-guid")]
    public void Execute_UnresolvableSelectorValue_ReturnsEmpty(string fetch)
    {
        var result = Run(fetch);
        Assert.Equal(ContentQueryStatus.Success, result.Status);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("siblings:/")]
    [InlineData("invalid")]
    public void Execute_UnknownSelector_FailsWithSelectorStatus(string fetch) =>
        Assert.Equal(ContentQueryStatus.SelectorOptionNotFound, Run(fetch).Status);

    [Fact]
    public void Execute_InEnglish_SkipsItemsNotPublishedInEnglish()
    {
        Assert.Equal([News1Key], Keys(Run("children:" + NewsKey, context: Context("en-US"))));
    }

    [Fact]
    public void Execute_ContentTypeFilterWithSeveralValues_MatchesAny()
    {
        Assert.Equal([HomeKey, News1Key, News2Key], Keys(Run(null, ["contentType:home,newsItem"])));
    }

    [Fact]
    public void Execute_NegatedContentTypeFilter_ExcludesThem()
    {
        Assert.Equal([AboutKey, NewsKey], Keys(Run(null, ["contentType:!home,newsItem"])));
    }

    [Fact]
    public void Execute_NameFilter_MatchesWordsCaseInsensitivelyWithPrefixOnLastWord()
    {
        Assert.Equal([News1Key], Keys(Run(null, ["name:nouvelle équ"])));
        Assert.Empty(Keys(Run(null, ["name:ouvelle"])));
        Assert.DoesNotContain(News1Key, Keys(Run(null, ["name:!nouvelle"])));
    }

    [Fact]
    public void Execute_DateRangeFilters_UseColonForOrEqual()
    {
        Assert.Equal([News2Key], Keys(Run(null, ["createDate>2024-03-01T08:00:00"])));
        Assert.Equal([News1Key, News2Key], Keys(Run(null, ["createDate>:2024-03-01T08:00:00"])));
        Assert.Equal([News1Key], Keys(Run(null, ["createDate>:2024-02-01", "createDate<2024-04-01"])));
    }

    [Fact]
    public void Execute_UnparseableDate_DropsTheFilter()
    {
        Assert.Equal(5, Run(null, ["createDate>=2024-01-01"]).Total);
    }

    [Fact]
    public void Execute_SeveralFilters_AreAnded()
    {
        Assert.Equal([News2Key], Keys(Run(null, ["contentType:newsItem", "name:lancement"])));
    }

    [Theory]
    [InlineData("foo:bar")]
    [InlineData("invalidFilter")]
    public void Execute_UnknownFilter_FailsWithFilterStatus(string filter) =>
        Assert.Equal(ContentQueryStatus.FilterOptionNotFound, Run(null, [filter]).Status);

    [Fact]
    public void Execute_BlankFilterAndSort_AreIgnored()
    {
        Assert.Equal(ContentQueryStatus.Success, Run(null, [""], [" "]).Status);
    }

    [Fact]
    public void Execute_SortDescending_FirstSortIsPrimary()
    {
        Assert.Equal([News2Key, News1Key], Keys(Run("children:" + NewsKey, sorts: ["createDate:desc"])));
        Assert.Equal([HomeKey, AboutKey, NewsKey, News1Key, News2Key], Keys(Run(null, sorts: ["level:asc", "sortOrder:asc"])));
    }

    [Fact]
    public void Execute_SortDirectionOtherThanLowerAsc_IsDescending()
    {
        // "Lancement du site" sorts before "Nouvelle équipe"; the prefix is case-insensitive, the direction is not.
        Assert.Equal([News2Key, News1Key], Keys(Run("children:" + NewsKey, sorts: ["Name:asc"])));
        Assert.Equal([News1Key, News2Key], Keys(Run("children:" + NewsKey, sorts: ["name:ASC"])));
        Assert.Equal([News1Key, News2Key], Keys(Run("children:" + NewsKey, sorts: ["name:sideways"])));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("popularity:asc")]
    public void Execute_UnknownSort_FailsWithSortStatus(string sort) =>
        Assert.Equal(ContentQueryStatus.SortOptionNotFound, Run(null, sorts: [sort]).Status);

    [Fact]
    public void Execute_SkipTake_PagesButTotalCountsAllMatches()
    {
        var result = Run(null, skip: 1, take: 2);
        Assert.Equal(5, result.Total);
        Assert.Equal([AboutKey, NewsKey], Keys(result));
    }
}
