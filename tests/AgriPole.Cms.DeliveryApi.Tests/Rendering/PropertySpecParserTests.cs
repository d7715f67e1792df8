using AgriPole.Cms.DeliveryApi.Rendering;

namespace AgriPole.Cms.DeliveryApi.Tests.Rendering;

public class PropertySpecParserTests
{
    [Fact]
    public void TryParse_PropertyList_NamesEachAliasWithoutNesting()
    {
        Assert.True(PropertySpecParser.TryParse("properties[title,body]", out var spec));
        Assert.False(spec.All);
        Assert.Equal(["body", "title"], spec.Items.Keys.Order());
        Assert.Null(spec.Child("title"));
        Assert.False(spec.Includes("summary"));
    }

    [Fact]
    public void TryParse_NestedSpec_GivesChildOfAlias()
    {
        Assert.True(PropertySpecParser.TryParse("properties[picker[properties[$all]],title]", out var spec));
        var child = spec.Child("picker");
        Assert.NotNull(child);
        Assert.True(child!.All);
        Assert.True(spec.Includes("title"));
    }

    [Fact]
    public void TryParse_AllWithNestedSpec_AppliesToEveryAlias()
    {
        Assert.True(PropertySpecParser.TryParse("properties[$all[properties[a,b]]]", out var spec));
        Assert.True(spec.All);
        Assert.True(spec.Includes("anything"));
        Assert.Equal(["a", "b"], spec.Child("anything")!.Items.Keys.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("foo")]
    public void TryParse_NoPropertiesNamed_IncludesNothing(string value)
    {
        Assert.True(PropertySpecParser.TryParse(value, out var spec));
        Assert.False(spec.Includes("title"));
    }

    [Fact]
    public void TryParse_WhitespaceIsNotTrimmed_AsInUmbraco()
    {
        Assert.True(PropertySpecParser.TryParse("properties[a, b]", out var spec));
        Assert.True(spec.Includes(" b"));
        Assert.False(spec.Includes("b"));
    }

    [Theory]
    [InlineData("properties[title")]
    [InlineData("properties[title]]")]
    [InlineData("[properties]")]
    [InlineData("properties[]")]
    [InlineData("properties[a]b]")]
    [InlineData("properties[[a]]")]
    public void TryParse_Malformed_ReturnsFalse(string value) => Assert.False(PropertySpecParser.TryParse(value, out _));

    [Fact]
    public void TryParse_FiftyLevelsDeep_ParsesWithoutThrowing()
    {
        var value = string.Concat(Enumerable.Repeat("properties[a[", 50)) + "x" + new string(']', 100);
        Assert.True(PropertySpecParser.TryParse(value, out _));
    }

    [Fact]
    public void TryParse_DeeperThanMaxDepth_ReturnsFalse()
    {
        var levels = PropertySpecParser.MaxDepth + 1;
        var value = string.Concat(Enumerable.Repeat("properties[a[", levels)) + "x" + new string(']', levels * 2);
        Assert.False(PropertySpecParser.TryParse(value, out _));
    }

    [Fact]
    public void TryParse_TwentyLevelsDeep_Parses()
    {
        var value = string.Concat(Enumerable.Repeat("properties[a[", 20)) + "properties[x]" + new string(']', 40);
        Assert.True(PropertySpecParser.TryParse(value, out var spec));
        for (var i = 0; i < 19; i++)
        {
            spec = spec.Child("a")!;
        }

        Assert.True(spec.Child("a")!.Includes("x"));
    }
}
