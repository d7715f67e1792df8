using System.Text.Json;
using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Tests.Features.Rendering;

public class PropertyValuesTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("https:evil")]
    [InlineData("   ")]
    public void SafeUrl_ScriptOrProtocolRelative_ReturnsNull(string url) => Assert.Null(PropertyValues.SafeUrl(url));

    [Theory]
    [InlineData("/en/why-join/")]
    [InlineData("#contact")]
    [InlineData("https://www.example.org/a?b=c")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:contact@example.org")]
    public void SafeUrl_HarmlessUrl_ReturnsIt(string url) => Assert.Equal(url, PropertyValues.SafeUrl(url));

    [Fact]
    public void ToBlocks_StoredShape_ReadsTypeKeyAndValues()
    {
        var json = JsonDocument.Parse("""
            [ { "key": "5b7c6f0e-4d1a-4a55-9c49-0f8f7b1c2d3e", "contentType": "orientationBlock", "values": { "number": 2, "title": "Deux" }, "settings": null },
              { "contentType": 3 }, "junk", { "key": "x", "contentType": "richTextBlock" } ]
            """).RootElement;

        var blocks = PropertyValues.ToBlocks(json);

        Assert.Equal(2, blocks.Count);
        Assert.Equal("orientationBlock", blocks[0].ContentTypeAlias);
        Assert.Equal(2, blocks[0].GetInteger("number"));
        Assert.Equal("Deux", blocks[0].GetString("title"));
        Assert.Equal(Guid.Parse("5b7c6f0e-4d1a-4a55-9c49-0f8f7b1c2d3e"), blocks[0].Key);
        Assert.Equal(Guid.Empty, blocks[1].Key);
    }

    [Fact]
    public void ToBlocks_NotAnArray_ReturnsEmpty()
    {
        Assert.Empty(PropertyValues.ToBlocks(null));
        Assert.Empty(PropertyValues.ToBlocks(JsonDocument.Parse("\"text\"").RootElement));
    }

    [Fact]
    public void ToFirstMediaKey_MediaPickerValue_ReturnsFirstValidKey()
    {
        var json = JsonDocument.Parse("""[ { "key": "a" }, { "mediaKey": "0b7c6f0e-4d1a-4a55-9c49-0f8f7b1c2d3e", "crops": [] } ]""").RootElement;
        Assert.Equal(Guid.Parse("0b7c6f0e-4d1a-4a55-9c49-0f8f7b1c2d3e"), PropertyValues.ToFirstMediaKey(json));
    }

    [Fact]
    public void ToStrings_DropdownArrayOrString_ReturnsValues()
    {
        Assert.Equal(["31 - Haute-Garonne"], PropertyValues.ToStrings(JsonDocument.Parse("""["31 - Haute-Garonne", "", 4]""").RootElement));
        Assert.Equal(["company"], PropertyValues.ToStrings(JsonDocument.Parse("\"company\"").RootElement));
    }

    [Theory]
    [InlineData("\"2026-03-01T09:30:00Z\"", 2026, 3, 1)]
    [InlineData("\"2025-12-31\"", 2025, 12, 31)]
    public void ToDateTime_IsoString_Parses(string json, int year, int month, int day)
    {
        var date = PropertyValues.ToDateTime(JsonDocument.Parse(json).RootElement);
        Assert.Equal(new DateTime(year, month, day), date!.Value.Date);
    }

    [Fact]
    public void ToDateTime_Garbage_ReturnsNull() => Assert.Null(PropertyValues.ToDateTime(JsonDocument.Parse("\"soon\"").RootElement));
}
