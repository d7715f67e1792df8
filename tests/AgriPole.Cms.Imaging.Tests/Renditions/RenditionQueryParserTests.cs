using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Renditions;
using Microsoft.AspNetCore.WebUtilities;

namespace AgriPole.Cms.Imaging.Tests.Renditions;

public class RenditionQueryParserTests
{
    private static readonly ImagingSettings Settings = new();

    [Theory]
    [InlineData("width=100000")]
    [InlineData("width=4001")]
    [InlineData("width=-1")]
    [InlineData("width=0")]
    [InlineData("width=abc")]
    [InlineData("width=1e3")]
    [InlineData("height=-200")]
    [InlineData("height=99999999999999999999")]
    [InlineData("format=tiff")]
    [InlineData("format=svg")]
    [InlineData("quality=1000")]
    [InlineData("quality=0")]
    [InlineData("rmode=zoom")]
    [InlineData("mode=unknown")]
    [InlineData("ranchor=middle")]
    [InlineData("rxy=2,0")]
    [InlineData("rxy=0.5")]
    [InlineData("rxy=-0.1,0.5")]
    [InlineData("cc=0.6,0,0.5,0")]
    [InlineData("cc=0,0,0")]
    [InlineData("bgcolor=notacolour")]
    [InlineData("width=100&width=200")]
    [InlineData("rmode=crop&mode=max")]
    [InlineData("crop=../../etc")]
    public void TryParse_BadValue_FailsWithMessage(string queryString)
    {
        var ok = RenditionQueryParser.TryParse(QueryHelpers.ParseQuery(queryString), Settings, out _, out var error);

        Assert.False(ok);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void TryParse_FullQuery_ReadsEveryParameter()
    {
        var ok = RenditionQueryParser.TryParse(
            QueryHelpers.ParseQuery("width=800&height=600&rmode=pad&ranchor=topleft&rxy=0.25,0.75&format=WEBP&quality=70&bgcolor=ff0000&cc=0.1,0.2,0.1,0.2&v=abc"),
            Settings,
            out var query,
            out _);

        Assert.True(ok);
        Assert.Equal(800, query.Width);
        Assert.Equal(600, query.Height);
        Assert.Equal(RenditionMode.Pad, query.Mode);
        Assert.Equal("topleft", query.Anchor);
        Assert.Equal(0.25, query.Center!.Left);
        Assert.Equal(0.75, query.Center.Top);
        Assert.Equal("webp", query.Format);
        Assert.Equal(70, query.Quality);
        Assert.Equal("FF0000FF", query.Background);
        Assert.Equal(0.2, query.Coordinates!.Y1);
    }

    [Fact]
    public void Normalized_SameRequestSpelledDifferently_IsEqual()
    {
        RenditionQueryParser.TryParse(QueryHelpers.ParseQuery("width=400&format=WEBP&mode=CROP"), Settings, out var a, out _);
        RenditionQueryParser.TryParse(QueryHelpers.ParseQuery("format=webp&rmode=crop&width=400&utm_source=x"), Settings, out var b, out _);
        RenditionQueryParser.TryParse(QueryHelpers.ParseQuery("format=webp&width=401"), Settings, out var c, out _);

        Assert.Equal(a.Normalized, b.Normalized);
        Assert.NotEqual(a.Normalized, c.Normalized);
    }

    [Theory]
    [InlineData("v=123", false)]
    [InlineData("utm_source=news", false)]
    [InlineData("width=10", true)]
    [InlineData("FORMAT=webp", true)]
    public void IsRenditionRequest_KnownKeysOnly(string queryString, bool expected) =>
        Assert.Equal(expected, RenditionQueryParser.IsRenditionRequest(QueryHelpers.ParseQuery(queryString)));
}
