using System.Net;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>With the real defaults: 2 s minimum fill time, 10 posts per IP per window.</summary>
public sealed class FormSpamTimingTests : IDisposable
{
    private readonly FormsTestApp _app = new(s =>
    {
        s["AgriPole:Forms:MinimumFillTime"] = "00:00:02";
        s["AgriPole:Forms:RateLimitPermits"] = "3";
    });

    [Fact]
    public async Task Post_WithinTwoSeconds_LooksAcceptedButNothingStored()
    {
        var form = await _app.GetFormAsync("contact");

        var response = await _app.PostAsync(form, FormsTestApp.ValidContact());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await using var db = _app.Db();
        Assert.Equal(0, await db.Entries.CountAsync());
    }

    [Fact]
    public async Task Post_OverRateLimit_TooManyRequestsInVisitorLanguage()
    {
        var form = await _app.GetFormAsync("contact", "en-US");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await _app.PostAsync(form, FormsTestApp.ValidContact())).StatusCode);
        }

        var response = await _app.Client.PostAsync(
            new Uri("/umbraco/forms/submit/contact", UriKind.Relative),
            new FormUrlEncodedContent(FormsTestApp.Hidden(form).Concat(FormsTestApp.ValidContact())));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    public void Dispose() => _app.Dispose();
}
