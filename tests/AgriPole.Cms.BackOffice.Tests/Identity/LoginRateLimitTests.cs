using System.Net;
using AgriPole.Cms.BackOffice.Identity;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

public sealed class LoginRateLimitTests : IDisposable
{
    private readonly BackOfficeApp app = new();

    public LoginRateLimitTests() => app.Settings["AgriPole:BackOffice:LoginPermitLimit"] = "3";

    [Fact]
    public async Task Login_OverThePermitLimit_Answers429WithRetryAfter()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await BackOfficeApp.PostLoginAsync(client, email, "wrong " + i)).StatusCode);
        }

        var response = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Login_AttemptsSpreadOverTwoNodes_ShareOneLimit()
    {
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);
        using var second = new BackOfficeApp();
        second.Settings["ConnectionStrings:umbracoDbDSN"] = $"Data Source={app.DatabaseFile};Cache=Shared;Foreign Keys=True;Pooling=True";
        second.Settings["AgriPole:BackOffice:LoginPermitLimit"] = "3";
        var onA = app.CreateBrowser();
        var onB = second.CreateBrowser();

        Assert.Equal(HttpStatusCode.OK, (await BackOfficeApp.PostLoginAsync(onA, email, "wrong 1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await BackOfficeApp.PostLoginAsync(onB, email, "wrong 2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await BackOfficeApp.PostLoginAsync(onA, email, "wrong 3")).StatusCode);
        var fourth = await BackOfficeApp.PostLoginAsync(onB, email, BackOfficeApp.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Login_AfterTheWindow_AllowedAgain()
    {
        using var clocked = new SessionTests.ClockedApp();
        clocked.Settings["AgriPole:BackOffice:LoginPermitLimit"] = "3";
        var client = clocked.CreateBrowser();
        var email = await clocked.CreateUserAsync(BackOfficeRoles.Editor);
        for (var i = 0; i < 3; i++)
        {
            await BackOfficeApp.PostLoginAsync(client, email, "wrong " + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await BackOfficeApp.PostLoginAsync(client, email, "wrong 4")).StatusCode);
        clocked.Clock.Advance(TimeSpan.FromMinutes(1.5));

        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password)).StatusCode);
    }

    public void Dispose() => app.Dispose();
}
