using System.Net;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>With the real default minimum fill time (2 s); the rate limit has its own tests (FormsRateLimitTests).</summary>
public sealed class FormSpamTimingTests : IDisposable
{
    private readonly FormsTestApp _app = new(s =>
    {
        s["AgriPole:Forms:MinimumFillTime"] = "00:00:02";
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

    public void Dispose() => _app.Dispose();
}
