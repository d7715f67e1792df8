using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.Forms.Inbox;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace AgriPole.Cms.Forms.Tests.Newsletter;

/// <summary>The double opt-in end to end through a real SMTP server (aiosmtpd): mail, link, confirmation, expiry.</summary>
public sealed partial class NewsletterSmtpTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly FormsTestApp _app;

    public NewsletterSmtpTests()
    {
        _app = new FormsTestApp(_smtp.ConfigureApp);
        _smtp.Start();
    }

    [Fact]
    public async Task Subscribe_French_MailInFrenchWhoseLinkConfirmsOnce()
    {
        var newsletter = _app.Service<NewsletterService>();
        var post = await _app.PostAsync(await _app.GetFormAsync("newsletter", "fr-FR"), [new("email", "adele@example.fr"), new("consent", "true")]);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);

        var message = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        Assert.Equal("Confirmez votre inscription à la lettre d'information", message.Subject);
        Assert.Equal("adele@example.fr", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Contains("Pour confirmer votre inscription", message.TextBody, StringComparison.Ordinal);
        var link = new Uri(LinkPattern().Match(message.TextBody!).Value);
        Assert.Equal("/umbraco/forms/newsletter/confirm", link.AbsolutePath);

        // Signed up but not confirmed: not a subscriber.
        Assert.Empty(await newsletter.ListSubscribersAsync());

        var landing = await _app.Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        var landingHtml = await landing.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"fr-FR\"", landingHtml, StringComparison.Ordinal);
        Assert.Contains("Je confirme mon inscription", landingHtml, StringComparison.Ordinal);
        var fields = FormsTestApp.Parse(landingHtml).QuerySelectorAll("form input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();

        var first = await _app.Client.PostAsync(new Uri("/umbraco/forms/newsletter/confirm", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("votre inscription à la lettre d&#x27;information est confirmée", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        DateTime? confirmedAt;
        await using (var db = _app.Db())
        {
            confirmedAt = (await db.NewsletterSubscriptions.SingleAsync()).ConfirmedUtc;
        }

        Assert.NotNull(confirmedAt);
        Assert.Equal(["adele@example.fr"], await newsletter.ListSubscribersAsync());

        // A second confirmation (double click, back button) answers the same and changes nothing.
        var second = await _app.Client.PostAsync(new Uri("/umbraco/forms/newsletter/confirm", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await using (var db = _app.Db())
        {
            var subscription = await db.NewsletterSubscriptions.SingleAsync();
            Assert.Equal(confirmedAt, subscription.ConfirmedUtc);
        }

        Assert.Equal(["adele@example.fr"], await newsletter.ListSubscribersAsync());
        Assert.Single(_smtp.Messages());
    }

    [Fact]
    public async Task Confirm_ForgedToken_ClearPageAndNothingChanges()
    {
        await _app.PostAsync(await _app.GetFormAsync("newsletter", "en-US"), [new("email", "forged@example.fr"), new("consent", "true")]);
        var link = new Uri(LinkPattern().Match((await _smtp.WaitForMessagesAsync(1))[0].TextBody!).Value);
        var forged = link.PathAndQuery[..^4] + (link.PathAndQuery.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(forged, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var landing = await _app.Client.SendAsync(request);
        var landingHtml = await landing.Content.ReadAsStringAsync();
        var form = await _app.GetFormAsync("newsletter", "en-US");
        var post = await _app.Client.PostAsync(
            new Uri("/umbraco/forms/newsletter/confirm", UriKind.Relative),
            new FormUrlEncodedContent(FormsTestApp.Hidden(form).Where(h => h.Key == "__RequestVerificationToken").Append(new("token", "not-a-token"))));

        Assert.Equal(HttpStatusCode.BadRequest, landing.StatusCode);
        Assert.Contains("This confirmation link is not valid or has expired.", landingHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<button", landingHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        await using var db = _app.Db();
        Assert.False((await db.NewsletterSubscriptions.SingleAsync()).Confirmed);
        Assert.Empty(await _app.Service<NewsletterService>().ListSubscribersAsync());
    }

    [Fact]
    public async Task Purge_SignUpNeverConfirmed_ExpiresWithItsEntry_ConfirmedKept()
    {
        await _app.PostAsync(await _app.GetFormAsync("newsletter"), [new("email", "never@example.fr"), new("consent", "true")]);
        await _app.PostAsync(await _app.GetFormAsync("newsletter"), [new("email", "kept@example.fr"), new("consent", "true")]);
        var messages = await _smtp.WaitForMessagesAsync(2);
        var kept = messages.Single(m => ((MailboxAddress)m.To[0]).Address == "kept@example.fr");
        Assert.NotNull(await _app.Service<NewsletterService>().ConfirmAsync(Token(kept), "https://www.agripole.example"));
        await using (var db = _app.Db())
        {
            // Both links run out (48 hours later).
            await db.NewsletterSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.TokenExpiresUtc, DateTime.UtcNow.AddMinutes(-1)));
        }

        await _app.Service<RetentionPurgeService>().PurgeAsync();

        await using (var db = _app.Db())
        {
            var left = await db.NewsletterSubscriptions.SingleAsync();
            Assert.Equal("kept@example.fr", left.Email);
            Assert.Null(left.TokenHash);
            Assert.Equal(["kept@example.fr"], await db.Entries.Select(e => e.Email!).ToListAsync());
        }

        Assert.Null(await _app.Service<NewsletterService>().FindAsync(Token(messages.Single(m => ((MailboxAddress)m.To[0]).Address == "never@example.fr"))));
        Assert.Equal(["kept@example.fr"], await _app.Service<NewsletterService>().ListSubscribersAsync());
    }

    private static string Token(MimeMessage message) =>
        Uri.UnescapeDataString(new Uri(LinkPattern().Match(message.TextBody!).Value).Query["?token=".Length..]);

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex LinkPattern();

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }
}
