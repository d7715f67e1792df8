using System.Diagnostics;
using System.Net;
using AgriPole.Cms.BackOffice.Identity;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

public sealed class LoginTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;

    public LoginTests(BackOfficeApp app) => this.app = app;

    [Fact]
    public async Task Login_ValidCredentials_SetsStrictHttpOnlyCookieAndRedirectsToDashboard()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);

        var response = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(BackOfficeAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/umbraco", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(email, await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndNoCookie()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Writer);

        var response = await BackOfficeApp.PostLoginAsync(client, email, "wrong password!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith(BackOfficeAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("id=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksAccountEvenForTheRightPassword()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);
        for (var i = 0; i < 5; i++)
        {
            await BackOfficeApp.PostLoginAsync(client, email, "wrong password " + i);
        }

        var response = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownUserWrongPasswordAndLocked_AnswerIdentically()
    {
        var known = await app.CreateUserAsync(BackOfficeRoles.Editor);
        var locked = await app.CreateUserAsync(BackOfficeRoles.Editor);
        var lockClient = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await BackOfficeApp.PostLoginAsync(lockClient, locked, "nope nope nope");
        }

        var unknown = await AttemptAsync("nobody-" + Guid.NewGuid().ToString("N") + "@example.org", "whatever pass");
        var wrong = await AttemptAsync(known, "whatever pass");
        var lockedOut = await AttemptAsync(locked, BackOfficeApp.Password);

        Assert.Equal(unknown.Status, wrong.Status);
        Assert.Equal(unknown.Status, lockedOut.Status);
        Assert.Equal(unknown.Body, wrong.Body);
        Assert.Equal(unknown.Body, lockedOut.Body);

        // Comparable latency: each path runs the password hasher once. Medians of several tries, generous bound.
        var tUnknown = await MedianAsync(() => AttemptAsync("ghost-" + Guid.NewGuid().ToString("N") + "@example.org", "x y z w v u"));
        var tWrong = await MedianAsync(() => AttemptAsync(known, "x y z w v u"));
        Assert.InRange(tUnknown.TotalMilliseconds, tWrong.TotalMilliseconds / 4, tWrong.TotalMilliseconds * 4);

        async Task<(HttpStatusCode Status, string Body)> AttemptAsync(string email, string password)
        {
            var client = app.CreateBrowser();
            var response = await BackOfficeApp.PostLoginAsync(client, email, password);
            var body = await response.Content.ReadAsStringAsync();

            // The form echoes the typed address and carries a fresh token; compare the rest.
            body = body.Replace(email, "EMAIL", StringComparison.Ordinal);
            body = System.Text.RegularExpressions.Regex.Replace(body, "value=\"CfDJ8[^\"]+\"", "value=\"TOKEN\"");
            return (response.StatusCode, body);
        }

        async Task<TimeSpan> MedianAsync(Func<Task<(HttpStatusCode, string)>> attempt)
        {
            var times = new List<TimeSpan>();
            for (var i = 0; i < 3; i++)
            {
                var sw = Stopwatch.StartNew();
                await attempt();
                times.Add(sw.Elapsed);
            }

            times.Sort();
            return times[1];
        }
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Administrator);

        var response = await client.PostAsync("/umbraco/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = BackOfficeApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Logout_Post_EndsTheSession()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        var response = await BackOfficeApp.PostFormAsync(client, "/umbraco", "/umbraco/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_Anonymous_RedirectsBrowserToLoginWithReturnUrl()
    {
        var client = app.CreateBrowser();
        var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco/content");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/umbraco/login?returnUrl=%2Fumbraco%2Fcontent", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/umbraco/..%2F..%2F%2Fevil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Login_ForeignReturnUrl_RedirectsToDashboardInstead(string returnUrl)
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);

        var response = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_LocalReturnUrl_IsFollowed()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);

        var response = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password, "/umbraco/content");

        Assert.Equal("/umbraco/content", response.Headers.Location?.OriginalString);
    }
}
