using AgriPole.Cms.DeliveryApi.Access;
using AgriPole.Cms.DeliveryApi.Configuration;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.DeliveryApi.Tests.Access;

public class DeliveryApiAccessTests
{
    private static HttpRequest Request(params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context.Request;
    }

    [Theory]
    [InlineData("secret", true)]
    [InlineData("Secret", false)]
    [InlineData("secret ", false)]
    [InlineData("", false)]
    public void HasValidApiKey_ComparesExactly(string given, bool expected) =>
        Assert.Equal(expected, DeliveryApiAccess.HasValidApiKey(Request(("Api-Key", given)), new DeliveryApiSettings { ApiKey = "secret" }));

    [Fact]
    public void HasValidApiKey_EmptyConfiguredKey_NeverMatches() =>
        Assert.False(DeliveryApiAccess.HasValidApiKey(Request(("Api-Key", "")), new DeliveryApiSettings { ApiKey = "" }));

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", false)]
    [InlineData("yes", false)]
    public void IsPreviewRequested_OnlyTrue(string value, bool expected) =>
        Assert.Equal(expected, DeliveryApiAccess.IsPreviewRequested(Request(("Preview", value))));

    [Fact]
    public void CanReadContent_PreviewOnPublicApiWithoutKey_IsDenied() =>
        Assert.False(DeliveryApiAccess.CanReadContent(Request(), new DeliveryApiSettings { Enabled = true, ApiKey = "k" }, preview: true));

    [Fact]
    public void CanReadMedia_MediaPrivateWithoutKey_IsDenied()
    {
        var settings = new DeliveryApiSettings { Enabled = true, ApiKey = "k", Media = { Enabled = true, PublicAccess = false } };
        Assert.False(DeliveryApiAccess.CanReadMedia(Request(), settings));
        Assert.True(DeliveryApiAccess.CanReadMedia(Request(("Api-Key", "k")), settings));
    }

    [Fact]
    public void CanReadMedia_MediaDisabled_IsDeniedEvenWithKey() =>
        Assert.False(DeliveryApiAccess.CanReadMedia(Request(("Api-Key", "k")), new DeliveryApiSettings { Enabled = true, ApiKey = "k" }));
}
