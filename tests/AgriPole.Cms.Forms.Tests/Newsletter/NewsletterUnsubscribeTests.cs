using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Tests.Support;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Newsletter;

public sealed partial class NewsletterUnsubscribeTests : IDisposable
{
    private readonly FormsTestApp _app = new();

    [Fact]
    public async Task Confirm_MailsWelcomeWithLink_FollowingItAndPostingUnsubscribes_AddressGone()
    {
        var link = await SubscribeAndConfirmAsync(_app, "Claire@Example.fr", "en-US");
        Assert.StartsWith("https://www.agripole.example/umbraco/forms/newsletter/unsubscribe?token=", link, StringComparison.Ordinal);
        Assert.DoesNotContain("claire", link, StringComparison.OrdinalIgnoreCase);

        // Opening the link (as a mail scanner would) unsubscribes no one.
        var landing = await _app.Client.GetAsync(Relative(link));
        var landingHtml = await landing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("claire@example.fr", landingHtml, StringComparison.Ordinal);
        Assert.Contains("lang=\"en-US\"", landingHtml, StringComparison.Ordinal);
        Assert.Equal(["claire@example.fr"], await _app.Service<NewsletterService>().ListSubscribersAsync());

        var done = await PostPageFormAsync(_app, landingHtml);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("You are unsubscribed", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _app.Service<NewsletterService>().ListSubscribersAsync());
        await using (var db = _app.Db())
        {
            Assert.False(await db.NewsletterSubscriptions.AnyAsync());
            Assert.False(await db.Entries.AnyAsync(e => e.FormAlias == "newsletter"));
            Assert.False(await db.OutboxMails.AnyAsync(m => m.To == "claire@example.fr"));
        }

        // Clicking again: the same answer, nothing to remove.
        var again = await PostPageFormAsync(_app, landingHtml);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You are unsubscribed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_LinkWrittenOnOneNode_WorksOnAnother()
    {
        var link = await SubscribeAndConfirmAsync(_app, "paul@example.fr", "fr-FR");
        using var second = new FormsTestApp(sameDatabaseAs: _app);

        var landing = await second.Client.GetAsync(Relative(link));
        var done = await PostPageFormAsync(second, await landing.Content.ReadAsStringAsync(), second.Client);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Vous êtes désinscrit", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await _app.Service<NewsletterService>().ListSubscribersAsync());
    }

    [Fact]
    public async Task Unsubscribe_ForgedOrAlteredToken_400PageAndNothingChanges()
    {
        var link = await SubscribeAndConfirmAsync(_app, "marie@example.fr", "fr-FR");
        var token = TokenPattern().Match(link).Groups[1].Value;
        var altered = link.Replace(token, token[..^3] + (token[^3] == 'A' ? "BBB" : "AAA"), StringComparison.Ordinal);

        var landing = await _app.Client.GetAsync(Relative(altered));
        var html = WebUtility.HtmlDecode(await landing.Content.ReadAsStringAsync());
        var post = await PostPageFormAsync(_app, (await (await _app.Client.GetAsync(Relative(link))).Content.ReadAsStringAsync()).Replace(token, "forged", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, landing.StatusCode);
        Assert.Contains("Ce lien de désinscription n'est pas valide", html, StringComparison.Ordinal);
        Assert.DoesNotContain("marie@example.fr", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(["marie@example.fr"], await _app.Service<NewsletterService>().ListSubscribersAsync());
    }

    [Fact]
    public async Task Unsubscribe_PostWithoutAntiforgery_400AndNothingChanges()
    {
        var link = await SubscribeAndConfirmAsync(_app, "jean@example.fr", "fr-FR");
        var token = Uri.UnescapeDataString(TokenPattern().Match(link).Groups[1].Value);

        var post = await _app.Client.PostAsync(Relative("/umbraco/forms/newsletter/unsubscribe"), new FormUrlEncodedContent([new("token", token)]));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(["jean@example.fr"], await _app.Service<NewsletterService>().ListSubscribersAsync());
    }

    [Fact]
    public async Task RequestLink_ConfirmedSubscriber_OneMailAnHour_UnknownAddressSameAnswerNoMail()
    {
        await SubscribeAndConfirmAsync(_app, "lost@example.fr", "fr-FR");

        var first = await AskForLinkAsync("Lost@Example.fr");
        var second = await AskForLinkAsync("lost@example.fr");
        var unknown = await AskForLinkAsync("nobody@example.fr");

        Assert.All([first, second, unknown], r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(first.Html, unknown.Html);
        Assert.Contains("Si cette adresse est inscrite", first.Html, StringComparison.Ordinal);
        await using var db = _app.Db();
        var mails = await db.OutboxMails.Where(m => m.Subject == "Votre lien de désinscription").ToListAsync();
        var mail = Assert.Single(mails);
        Assert.Equal("lost@example.fr", mail.To);
        Assert.Matches(TokenPattern(), mail.BodyText);
        Assert.False(await db.OutboxMails.AnyAsync(m => m.To == "nobody@example.fr"));
    }

    [Fact]
    public async Task RequestLink_InvalidAddress_400WithMessageInVisitorsLanguage()
    {
        var page = await _app.Client.GetAsync(Relative("/umbraco/forms/newsletter/unsubscribe?culture=en-US"));
        var form = FormsTestApp.Parse(await page.Content.ReadAsStringAsync()).QuerySelector("form") as IHtmlFormElement;
        var fields = form!.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Append(new("email", "not an address"));

        var post = await _app.Client.PostAsync(Relative("/umbraco/forms/newsletter/unsubscribe"), new FormUrlEncodedContent(fields));
        var doc = FormsTestApp.Parse(await post.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("Enter a valid e-mail address, for example name@example.com.", doc.QuerySelector("#unsubscribe-email-error")!.TextContent);
        Assert.Equal("true", doc.QuerySelector("#unsubscribe-email")!.GetAttribute("aria-invalid"));
        Assert.Equal("not an address", doc.QuerySelector("#unsubscribe-email")!.GetAttribute("value"));
        Assert.NotNull(doc.QuerySelector("label[for=unsubscribe-email]"));
    }

    /// <summary>Signs up through the real form, confirms through the mailed link, returns the welcome mail's unsubscribe link.</summary>
    private static async Task<string> SubscribeAndConfirmAsync(FormsTestApp app, string email, string culture)
    {
        var address = email.ToLowerInvariant();
        var post = await app.PostAsync(await app.GetFormAsync("newsletter", culture), [new("email", email), new("consent", "true")]);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        string confirmLink;
        await using (var db = app.Db())
        {
            confirmLink = LinkPattern().Match((await db.OutboxMails.SingleAsync(m => m.To == address && m.DedupeKey.EndsWith(":optin"))).BodyText).Value;
        }

        var landing = await app.Client.GetAsync(Relative(confirmLink));
        var confirmed = await PostPageFormAsync(app, await landing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var confirmedDoc = FormsTestApp.Parse(await confirmed.Content.ReadAsStringAsync());
        Assert.StartsWith("/umbraco/forms/newsletter/unsubscribe?token=", confirmedDoc.QuerySelector("a[href*=unsubscribe]")!.GetAttribute("href"), StringComparison.Ordinal);

        await using (var db = app.Db())
        {
            var welcome = await db.OutboxMails.SingleAsync(m => m.To == address && m.DedupeKey.EndsWith(":welcome"));
            return LinkPattern().Match(welcome.BodyText).Value;
        }
    }

    private async Task<(HttpStatusCode Status, string Html)> AskForLinkAsync(string email)
    {
        var page = await _app.Client.GetAsync(Relative("/umbraco/forms/newsletter/unsubscribe?culture=fr-FR"));
        var form = FormsTestApp.Parse(await page.Content.ReadAsStringAsync()).QuerySelector("form") as IHtmlFormElement;
        var fields = form!.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Append(new("email", email));
        var post = await _app.Client.PostAsync(Relative("/umbraco/forms/newsletter/unsubscribe"), new FormUrlEncodedContent(fields));
        return (post.StatusCode, WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts the page's only form with its hidden fields, as pressing its button does.</summary>
    private static Task<HttpResponseMessage> PostPageFormAsync(FormsTestApp app, string html, HttpClient? client = null)
    {
        var form = Assert.IsAssignableFrom<IHtmlFormElement>(FormsTestApp.Parse(html).QuerySelector("form"));
        var fields = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return (client ?? app.Client).PostAsync(Relative(form.GetAttribute("action")!), new FormUrlEncodedContent(fields));
    }

    private static Uri Relative(string url) => new(url.StartsWith("https://", StringComparison.Ordinal) ? new Uri(url).PathAndQuery : url, UriKind.Relative);

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"token=([^&\s]+)")]
    private static partial Regex TokenPattern();

    public void Dispose() => _app.Dispose();
}
