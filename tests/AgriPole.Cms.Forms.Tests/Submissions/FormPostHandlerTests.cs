using System.Net;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Submissions;

public sealed class FormPostHandlerTests : IDisposable
{
    private readonly FormsTestApp _app = new();

    [Fact]
    public async Task Post_ValidContact_StoredThenRedirectedToConfirmation()
    {
        var form = await _app.GetFormAsync("contact");

        var response = await _app.PostAsync(form, FormsTestApp.ValidContact());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(
            "/umbraco/forms/form/contact?culture=fr-FR&page=5c3152b1-e429-48dc-8a17-67880801cee4&formSubmitted=contact#form-contact",
            response.Headers.Location!.OriginalString);
        await using var db = _app.Db();
        var entry = await db.Entries.SingleAsync();
        Assert.Equal("contact", entry.FormAlias);
        Assert.Equal("fr-FR", entry.Culture);
        Assert.Equal(Guid.Parse("5c3152b1-e429-48dc-8a17-67880801cee4"), entry.PageKey);
        Assert.Equal("elodie@example.fr", entry.Email);
        Assert.NotNull(entry.ClientIpHash);
        Assert.Contains("\\u00C9lodie Gar\\u00E7on", entry.ValuesJson, StringComparison.Ordinal);
        var mail = await db.OutboxMails.SingleAsync();
        Assert.Equal("contact@agripole.example", mail.To);
        Assert.Equal("elodie@example.fr", mail.ReplyTo);
        Assert.Contains("Élodie Garçon", mail.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_AfterRedirect_ShowsMessageInVisitorLanguage()
    {
        var form = await _app.GetFormAsync("contact", "en-US");
        var response = await _app.PostAsync(form, FormsTestApp.ValidContact());

        var page = await _app.Client.GetStringAsync(response.Headers.Location);

        var doc = FormsTestApp.Parse(page);
        Assert.Null(doc.QuerySelector("form.form__form"));
        Assert.Equal("Thank you, your message has been sent. We will reply shortly.", doc.QuerySelector(".form__confirmation")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_MissingFields_ErrorSummaryInVisitorLanguageAndNothingStored()
    {
        var form = await _app.GetFormAsync("contact", "en-US");

        var response = await _app.PostAsync(form, [new("name", "Élodie <b>"), new("email", "not-an-email"), new("message", "Kept text")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = FormsTestApp.Parse(await response.Content.ReadAsStringAsync());
        var summary = doc.QuerySelector(".form__summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        var links = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#contact-name", "#contact-email", "#contact-subject", "#contact-consent"], links);
        Assert.Contains("HTML code or tags are not accepted", summary.TextContent, StringComparison.Ordinal);

        var email = doc.QuerySelector("#contact-email")!;
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("contact-email-help contact-email-error", email.GetAttribute("aria-describedby"));
        Assert.Equal("not-an-email", email.GetAttribute("value"));
        Assert.StartsWith("Error: Enter a valid e-mail address", doc.QuerySelector("#contact-email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept text", doc.QuerySelector("#contact-message")!.TextContent);

        // The markup typed by the visitor comes back encoded, as text.
        Assert.Equal("Élodie <b>", doc.QuerySelector("#contact-name")!.GetAttribute("value"));
        Assert.Empty(doc.QuerySelectorAll("b"));
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("email", "elodie@example.fr\r\nBcc: victim@example.com", "Ce champ doit tenir sur une seule ligne.")]
    [InlineData("name", "Jean\0Dupont", "Ce champ contient des caractères non autorisés")]
    [InlineData("name", "Jean \u202Etnopud", "Ce champ contient des caractères non autorisés")]
    [InlineData("message", "<script>alert(1)</script>", "Le code HTML ou les balises ne sont pas acceptés")]
    public async Task Post_HostileValue_FrenchMessageAndNothingStored(string field, string value, string expected)
    {
        var form = await _app.GetFormAsync("contact");
        var fields = FormsTestApp.ValidContact().Where(f => f.Key != field).Append(new(field, value));

        var response = await _app.PostAsync(form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = FormsTestApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, doc.QuerySelector($"#contact-{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("script"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_InvalidUtf8Bytes_RejectedAndNothingStored()
    {
        var form = await _app.GetFormAsync("contact");
        var body = string.Join('&', FormsTestApp.Hidden(form).Concat(FormsTestApp.ValidContact().Where(f => f.Key != "name"))
            .Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value))) + "&name=Jean%C3%28%FF";
        var content = new StringContent(body, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await _app.Client.PostAsync(new Uri("/umbraco/forms/submit/contact", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = FormsTestApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("caractères non autorisés", doc.QuerySelector("#contact-name-error")!.TextContent, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_OneMegabyteMessage_TooLongMessageAndNothingStored()
    {
        var form = await _app.GetFormAsync("contact", "en-US");

        var response = await _app.PostAsync(form, FormsTestApp.ValidContact(message: new string('x', 1024 * 1024)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = FormsTestApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Error: This field must be at most 5000 characters long.", doc.QuerySelector("#contact-message-error")!.TextContent);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_OverPostedFields_IgnoredInStoredValues()
    {
        var form = await _app.GetFormAsync("contact");

        var response = await _app.PostAsync(form, FormsTestApp.ValidContact().Concat([new("id", "1"), new("state", "Handled"), new("formAlias", "membership")]));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await using var db = _app.Db();
        var entry = await db.Entries.SingleAsync();
        Assert.Equal("contact", entry.FormAlias);
        Assert.Equal(AgriPole.Cms.Forms.Storage.FormEntryState.New, entry.State);
        Assert.DoesNotContain("\"id\"", entry.ValuesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("formAlias", entry.ValuesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_SessionMessageValuesKeptNothingStored()
    {
        var form = await _app.GetFormAsync("contact", "en-US");
        var hidden = FormsTestApp.Hidden(form).Where(h => h.Key != "__RequestVerificationToken");

        var response = await _app.Client.PostAsync(new Uri("/umbraco/forms/submit/contact", UriKind.Relative), new FormUrlEncodedContent(hidden.Concat(FormsTestApp.ValidContact())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = FormsTestApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Your session expired", doc.QuerySelector(".form__notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("elodie@example.fr", doc.QuerySelector("#contact-email")!.GetAttribute("value"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_ForeignAntiforgeryToken_RejectedNothingStored()
    {
        // A token issued to another visitor (another cookie jar) must not pass with this visitor's cookie.
        using var other = _app.Factory.CreateClient();
        var foreign = await _app.GetFormAsync("contact", client: other);
        var mine = await _app.GetFormAsync("contact");
        var hidden = FormsTestApp.Hidden(mine).Where(h => h.Key != "__RequestVerificationToken")
            .Append(FormsTestApp.Hidden(foreign).Single(h => h.Key == "__RequestVerificationToken"));

        var response = await _app.Client.PostAsync(new Uri("/umbraco/forms/submit/contact", UriKind.Relative), new FormUrlEncodedContent(hidden.Concat(FormsTestApp.ValidContact())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_HoneypotFilled_LooksAcceptedButNothingStored()
    {
        var form = await _app.GetFormAsync("contact");

        var response = await _app.PostAsync(form, FormsTestApp.ValidContact().Where(f => f.Key != "__formWebsite").Append(new("__formWebsite", "http://spam.example")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("formSubmitted=contact", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_ForgedRenderTimestamp_TreatedAsSpam()
    {
        var form = await _app.GetFormAsync("contact");
        var hidden = FormsTestApp.Hidden(form).Where(h => h.Key != "__formStarted").Append(new("__formStarted", "forged"));

        var response = await _app.Client.PostAsync(new Uri("/umbraco/forms/submit/contact", UriKind.Relative), new FormUrlEncodedContent(hidden.Concat(FormsTestApp.ValidContact())));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_DoubleSubmit_OneEntryAndOneMail()
    {
        var form = await _app.GetFormAsync("contact");

        var first = _app.PostAsync(form, FormsTestApp.ValidContact());
        var second = _app.PostAsync(form, FormsTestApp.ValidContact());
        var responses = await Task.WhenAll(first, second);
        var third = await _app.PostAsync(form, FormsTestApp.ValidContact());

        Assert.All(responses.Append(third), r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        await using var db = _app.Db();
        Assert.Equal(1, await db.Entries.CountAsync());
        Assert.Equal(1, await db.OutboxMails.CountAsync());
    }

    [Fact]
    public async Task Post_FortyAtOnceWithADoubleClick_EveryEntryStoredOnceWithItsMail()
    {
        // Concurrent posts share commits (group commit); each acknowledged entry must be there, a repeated token once.
        var forms = new List<AngleSharp.Html.Dom.IHtmlFormElement>();
        for (var i = 0; i < 40; i++)
        {
            forms.Add(await _app.GetFormAsync("contact"));
        }

        var posts = forms.Select((f, i) => _app.PostAsync(f, FormsTestApp.ValidContact($"visiteur{i}@example.fr"))).ToList();
        posts.Add(_app.PostAsync(forms[7], FormsTestApp.ValidContact("visiteur7@example.fr")));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        await using var db = _app.Db();
        var emails = await db.Entries.Select(e => e.Email).ToListAsync();
        Assert.Equal(40, emails.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"visiteur{i}@example.fr").Order(StringComparer.Ordinal), emails.Order(StringComparer.Ordinal));
        Assert.Equal(40, await db.OutboxMails.CountAsync());
    }

    [Fact]
    public async Task Post_UnknownForm_NotFoundPage()
    {
        var response = await _app.Client.PostAsync(new Uri("/umbraco/forms/submit/nope", UriKind.Relative), new FormUrlEncodedContent([new("a", "b")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("/%2f%2fevil.example")]
    public async Task Post_ForeignReturnUrl_NotFollowed(string returnUrl)
    {
        var form = await _app.GetFormAsync("contact");
        var hidden = FormsTestApp.Hidden(form).Where(h => h.Key != "__formReturnUrl").Append(new("__formReturnUrl", returnUrl));

        var response = await _app.Client.PostAsync(new Uri("/umbraco/forms/submit/contact", UriKind.Relative), new FormUrlEncodedContent(hidden.Concat(FormsTestApp.ValidContact())));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/umbraco/forms/thanks/contact?culture=fr-FR", response.Headers.Location!.OriginalString);
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _app.Db();
        Assert.Equal(0, await db.Entries.CountAsync());
        Assert.Equal(0, await db.OutboxMails.CountAsync());
    }

    public void Dispose() => _app.Dispose();
}
