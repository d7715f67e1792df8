using AgriPole.Web.Features.Routing;

namespace AgriPole.Web.Tests.Features.Routing;

public class CanonicalPathTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/en", "/en/")]
    [InlineData("/EN/", "/en/")]
    [InlineData("//en//why-join", "/en/why-join/")]
    [InlineData("/Pourquoi-Adherer", "/pourquoi-adherer/")]
    [InlineData("/la-politique///phase-3/", "/la-politique/phase-3/")]
    [InlineData("/É/", "/é/")]
    public void Normalize_NonCanonicalOrCanonical_ReturnsCanonicalForm(string input, string expected) =>
        Assert.Equal(expected, CanonicalPath.Normalize(input));

    [Fact]
    public void Normalize_AlreadyCanonical_ReturnsSameInstance()
    {
        var path = "/en/why-join/";
        Assert.Same(path, CanonicalPath.Normalize(path));
    }

    [Theory]
    [InlineData("/index.html", true)]
    [InlineData("/en/index.html", true)]
    [InlineData("/en/default.aspx/", true)]
    [InlineData("/a.b/c/", false)]
    [InlineData("/en/why-join/", false)]
    [InlineData("/", false)]
    public void IsFileLike_Path_TellsWhetherLastSegmentHasADot(string path, bool expected) =>
        Assert.Equal(expected, CanonicalPath.IsFileLike(path));
}
