using System.Net;
using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

/// <summary>
/// The back-office cookie's sliding idle timeout (AgriPole:BackOffice:IdleTimeout, 10 minutes here) on a clock the
/// test moves, and sign-out invalidating the cookie itself, not only the browser's copy.
/// </summary>
public sealed class SessionTests : IClassFixture<SessionTests.ClockedApp>
{
    private readonly ClockedApp app;

    public SessionTests(ClockedApp app) => this.app = app;

    [Fact]
    public async Task Cookie_IdleLongerThanTheTimeout_Expires_ButActivitySlidesIt()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        // Active every 6 minutes: each request past half the window renews the cookie, so 12 minutes in it still works.
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco")).StatusCode);

        // Then idle for longer than the timeout: signed out.
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Cookie_IdleJustUnderTheTimeout_StillValid()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        app.Clock.Advance(TimeSpan.FromMinutes(9));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Logout_ReplayingTheOldCookie_IsRefused()
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Editor);
        var login = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(BackOfficeAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode); // the copied cookie works while signed in

        var logout = await BackOfficeApp.PostFormAsync(client, "/umbraco", "/umbraco/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(cookie)).StatusCode);

        // Signing in again gives a working session.
        var again = await app.SignedInAsync(BackOfficeRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/umbraco")).StatusCode);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        var bare = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco");
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }

    /// <summary>The app on a clock the test moves forward; timers still run on real time.</summary>
    public sealed class ClockedApp : BackOfficeApp
    {
        public ClockedApp() => Settings["AgriPole:BackOffice:IdleTimeout"] = "00:10:00";

        public MovableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    /// <summary>System time plus an offset the test advances.</summary>
    public sealed class MovableClock : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
    }
}
