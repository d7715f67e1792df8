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

    public void Dispose() => app.Dispose();
}
