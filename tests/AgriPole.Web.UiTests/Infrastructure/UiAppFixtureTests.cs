using System.Net;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Infrastructure;

/// <summary>The harness itself: a real socket on loopback and a real browser, so the page tests mean something.</summary>
public sealed class UiAppFixtureTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public void InitializeAsync_Started_ListensOnLoopbackKestrelPort()
    {
        Assert.Equal(IPAddress.Loopback.ToString(), app.BaseAddress.Host);
        Assert.NotEqual(0, app.BaseAddress.Port);
    }

    [Fact]
    public async Task InitializeAsync_Started_ChromiumReachesTheAppOverTcp()
    {
        var page = await app.NewPageAsync();

        // Any HTTP response proves the browser reached Kestrel over TCP (the page tests check the content). Chromium turns
        // an error status with an empty body into a navigation error, so read the status from the response event.
        int? status = null;
        page.Response += (_, response) => status ??= response.Status;
        try
        {
            await page.GotoAsync(app.Url("/").ToString());
        }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(status);
        Assert.InRange(status.Value, 200, 499);
        Assert.False(string.IsNullOrEmpty(app.Browser.Version));
        await page.Context.CloseAsync();
    }
}
