using AgriPole.Cms.DeliveryApi.Media;
using AgriPole.Cms.DeliveryApi.Querying;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.DeliveryApiFixture;

namespace AgriPole.Cms.DeliveryApi.Tests.Media;

public class MediaQueryServiceTests
{
    private static MediaQueryResult Run(string? fetch, string[]? filters = null, string[]? sorts = null) =>
        MediaQueryService.Execute(Published(), fetch, filters ?? [], sorts ?? [], 0, 10);

    [Fact]
    public void Execute_ChildrenOfRoot_ReturnsRootMedia()
    {
        Assert.Equal([ImagesFolderKey, BrochureKey], Run("children:/").Items.Select(m => m.Key));
    }

    [Fact]
    public void Execute_ChildrenByNamePath_MatchesNamesCaseInsensitively()
    {
        Assert.Equal([HeroKey], Run("children:/IMAGES/").Items.Select(m => m.Key));
        Assert.Equal([HeroKey], Run("children:" + ImagesFolderKey).Items.Select(m => m.Key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("descendants:/")]
    public void Execute_FetchOtherThanChildren_IsUnknownSelector(string? fetch) =>
        Assert.Equal(ContentQueryStatus.SelectorOptionNotFound, Run(fetch).Status);

    [Fact]
    public void Execute_MediaTypeFilter_IsCaseSensitive()
    {
        Assert.Single(Run("children:/", ["mediaType:File"]).Items);
        Assert.Empty(Run("children:/", ["mediaType:file"]).Items);
    }

    [Fact]
    public void Execute_NameFilter_IsSubstring()
    {
        Assert.Equal([BrochureKey], Run("children:/", ["name:ROCH"]).Items.Select(m => m.Key));
    }

    [Theory]
    [InlineData("name:a:b")]
    [InlineData("name:!x:y")]
    [InlineData("size:10")]
    public void Execute_BadFilter_IsUnknownFilter(string filter) =>
        Assert.Equal(ContentQueryStatus.FilterOptionNotFound, Run("children:/", [filter]).Status);

    [Fact]
    public void Execute_SeveralSorts_LastIsPrimary()
    {
        Assert.Equal([BrochureKey, ImagesFolderKey], Run("children:/", sorts: ["createDate:asc", "name:asc"]).Items.Select(m => m.Key));
        Assert.Equal([ImagesFolderKey, BrochureKey], Run("children:/", sorts: ["name:asc", "createDate:asc"]).Items.Select(m => m.Key));
    }

    [Fact]
    public void GetByPath_NamesFromRoot_FindsItem()
    {
        Assert.Equal(HeroKey, MediaQueryService.GetByPath(Published(), "/images/hero/")?.Key);
        Assert.Null(MediaQueryService.GetByPath(Published(), "/"));
        Assert.Null(MediaQueryService.GetByPath(Published(), "/hero/"));
    }
}
