using System.Net;
using System.Net.Http.Json;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>The per-IP limit (3 here) counted in the database: HTML posts and API calls together.</summary>
public sealed class FormsRateLimitTests : IDisposable
{
    private readonly FormsTestApp _app = new(s =>
    {
        s["AgriPole:Forms:RateLimitPermits"] = "3";
        s["Umbraco:Forms:Security:FormsApiKey"] = "test-api-key-0123456789";
    });

    [Fact]
    public async Task Post_OverRateLimit_LooksAcceptedButNothingStored()
    {
        for (var i = 0; i < 3; i++)
        {
            // A fresh form each time: the same form posted twice is one entry (its hidden token).
            Assert.Equal(HttpStatusCode.SeeOther, (await _app.PostAsync(await _app.GetFormAsync("contact", "en-US"), FormsTestApp.ValidContact($"visitor{i}@example.fr"))).StatusCode);
        }

        var form = await _app.GetFormAsync("contact", "en-US");
        var response = await _app.PostAsync(form, FormsTestApp.ValidContact("fourth@example.fr"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(new Uri("/umbraco/forms/form/contact?culture=en-US&page=5c3152b1-e429-48dc-8a17-67880801cee4&formSubmitted=contact#form-contact", UriKind.Relative), response.Headers.Location);
        await using var db = _app.Db();
        Assert.Equal(3, await db.Entries.CountAsync());
        Assert.False(await db.Entries.AnyAsync(e => e.Email == "fourth@example.fr"));
        Assert.Equal(3, await db.RateLimitHits.CountAsync());
    }

    [Fact]
    public async Task Post_TenAtOnce_ExactlyTheLimitStored()
    {
        // Concurrent posts are committed together (group commit): the limit must still count each one.
        var forms = new List<AngleSharp.Html.Dom.IHtmlFormElement>();
        for (var i = 0; i < 10; i++)
        {
            forms.Add(await _app.GetFormAsync("contact", "en-US"));
        }

        var responses = await Task.WhenAll(forms.Select((f, i) => _app.PostAsync(f, FormsTestApp.ValidContact($"burst{i}@example.fr"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        await using var db = _app.Db();
        Assert.Equal(3, await db.Entries.CountAsync());
        Assert.Equal(3, await db.RateLimitHits.CountAsync());
        Assert.Equal(3, await db.OutboxMails.CountAsync());
    }

    [Fact]
    public async Task Post_InvalidAttemptsThenValid_MistakesDoNotUseUpTheLimit()
    {
        for (var i = 0; i < 4; i++)
        {
            // A visitor correcting the form: each invalid post answers the form again with its errors.
            var invalid = await _app.PostAsync(await _app.GetFormAsync("contact"), FormsTestApp.ValidContact(email: "not-an-address"));
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await _app.PostAsync(await _app.GetFormAsync("contact"), FormsTestApp.ValidContact($"fixed{i}@example.fr"))).StatusCode);
        }

        await using var db = _app.Db();
        Assert.Equal(3, await db.Entries.CountAsync());
    }

    [Fact]
    public async Task ApiPost_AfterHtmlPostsUsedTheLimit_TooManyRequestsProblem()
    {
        for (var i = 0; i < 3; i++)
        {
            await _app.PostAsync(await _app.GetFormAsync("contact"), FormsTestApp.ValidContact($"visitor{i}@example.fr"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/umbraco/forms/api/v1/entries/contact")
        {
            Content = JsonContent.Create(new { values = new { name = "Api", email = "api@example.fr", subject = "project", message = "Bonjour", consent = "true" }, culture = "fr-FR" }),
        };
        request.Headers.Add("Api-Key", "test-api-key-0123456789");
        var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Retry-After"));
        await using var db = _app.Db();
        Assert.Equal(3, await db.Entries.CountAsync());
    }

    [Fact]
    public async Task TryAcquire_AfterWindow_OldAttemptsNoLongerCount()
    {
        var limiter = _app.Service<AgriPole.Cms.Forms.Submissions.FormsRateLimiter>();
        await using (var db = _app.Db())
        {
            // Three attempts made an hour ago (window 10 minutes): they are history, not a limit.
            var old = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds();
            for (var i = 0; i < 3; i++)
            {
                db.RateLimitHits.Add(new() { Key = Guid.NewGuid().ToString("N"), ClientIpHash = "old-client", AttemptedUnixMs = old });
            }

            await db.SaveChangesAsync();
        }

        Assert.True(await limiter.TryAcquireAsync("old-client"));
        Assert.True(await limiter.TryAcquireAsync("old-client"));
        Assert.True(await limiter.TryAcquireAsync("old-client"));
        Assert.False(await limiter.TryAcquireAsync("old-client"));
        Assert.True(await limiter.TryAcquireAsync("another-client"));
    }

    public void Dispose() => _app.Dispose();
}
