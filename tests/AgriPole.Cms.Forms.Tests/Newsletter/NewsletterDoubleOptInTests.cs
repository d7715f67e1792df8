using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Newsletter;

public sealed partial class NewsletterDoubleOptInTests : IDisposable
{
    private readonly FormsTestApp _app = new();

    [Fact]
    public async Task Subscribe_ThenFollowLinkAndConfirm_SubscriptionConfirmed()
    {
        var form = await _app.GetFormAsync("newsletter", "en-US");
        var post = await _app.PostAsync(form, [new("email", "Paul@Example.fr"), new("consent", "true")]);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);

        string link;
        await using (var db = _app.Db())
        {
            var subscription = await db.NewsletterSubscriptions.SingleAsync();
            Assert.False(subscription.Confirmed);
            Assert.Equal("paul@example.fr", subscription.Email);
            var mail = await db.OutboxMails.SingleAsync();
            Assert.Equal("paul@example.fr", mail.To);
            Assert.Equal("Confirm your newsletter subscription", mail.Subject);
            link = LinkPattern().Match(mail.BodyText).Value;
            Assert.StartsWith("https://www.agripole.example/umbraco/forms/newsletter/confirm?token=", link, StringComparison.Ordinal);
            Assert.DoesNotContain(subscription.TokenHash!, link, StringComparison.Ordinal);
        }

        // Opening the link (as a mail scanner would) does not confirm by itself.
        var landing = await _app.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        await using (var db = _app.Db())
        {
            Assert.False((await db.NewsletterSubscriptions.SingleAsync()).Confirmed);
        }

        var doc = FormsTestApp.Parse(await landing.Content.ReadAsStringAsync());
        var fields = doc.QuerySelectorAll("form input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!));
        var confirm = await _app.Client.PostAsync(new Uri("/umbraco/forms/newsletter/confirm", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Thank you, your newsletter subscription is confirmed.", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = _app.Db())
        {
            var subscription = await db.NewsletterSubscriptions.SingleAsync();
            Assert.True(subscription.Confirmed);
        }

        // Following the link again (idempotent): still confirmed, nothing changes.
        var again = await _app.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Thank you, your newsletter subscription is confirmed.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_ExpiredToken_LinkInvalidMessage()
    {
        var form = await _app.GetFormAsync("newsletter");
        await _app.PostAsync(form, [new("email", "late@example.fr"), new("consent", "true")]);
        string link;
        await using (var db = _app.Db())
        {
            link = LinkPattern().Match((await db.OutboxMails.SingleAsync()).BodyText).Value;
            await db.NewsletterSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.TokenExpiresUtc, DateTime.UtcNow.AddMinutes(-1)));
        }

        var landing = await _app.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, landing.StatusCode);
        Assert.Contains("lien de confirmation n&#x27;est pas valide ou a expir", (await landing.Content.ReadAsStringAsync()).Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex LinkPattern();

    public void Dispose() => _app.Dispose();
}
