using System.Net;
using System.Text;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Forms.Storage;

namespace AgriPole.Cms.BackOffice.Tests.FormsInbox;

/// <summary>The forms inbox, GDPR tools and outbox view, fed by the real public contact form.</summary>
public sealed class FormsInboxTests : IClassFixture<FormsInboxApp>
{
    private readonly FormsInboxApp app;

    public FormsInboxTests(FormsInboxApp app) => this.app = app;

    [Fact]
    public async Task Inbox_EntrySubmittedThroughThePublicForm_ListedAndReadable()
    {
        var email = $"list-{Guid.NewGuid():N}@example.fr";
        Assert.Equal(HttpStatusCode.SeeOther, (await app.SubmitContactAsync(email, "Projet d'irrigation goutte à goutte")).StatusCode);
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);

        var entry = await app.EntryByEmailAsync(email);
        var list = WebUtility.HtmlDecode(await editor.GetStringAsync("/umbraco/inbox/contact"));
        Assert.Contains($"/umbraco/inbox/entry/{entry.Key}", list, StringComparison.Ordinal);
        Assert.Contains($"<td>{email}</td>", list, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await editor.GetStringAsync($"/umbraco/inbox/entry/{entry.Key}"));
        Assert.Contains("Projet d'irrigation goutte à goutte", page, StringComparison.Ordinal);
        Assert.Contains("Élodie Garçon", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_Filters_StateAndTextNarrowTheList()
    {
        var email = $"filter-{Guid.NewGuid():N}@example.fr";
        await app.SubmitContactAsync(email, "Filtre par état");
        var link = $"/umbraco/inbox/entry/{(await app.EntryByEmailAsync(email)).Key}";
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);

        // The search box echoes the address, so the assertions look for the entry's link.
        Assert.Contains(link, await editor.GetStringAsync($"/umbraco/inbox/contact?state=new&q={email}"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await editor.GetStringAsync($"/umbraco/inbox/contact?state=handled&q={email}"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await editor.GetStringAsync($"/umbraco/inbox/membership?q={email}"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await editor.GetStringAsync($"/umbraco/inbox/contact?to=2000-01-01&q={email}"), StringComparison.Ordinal);
        Assert.Contains(link, await editor.GetStringAsync($"/umbraco/inbox/contact?from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}&q={email}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/umbraco/inbox/no-such-form")).StatusCode);
    }

    [Fact]
    public async Task MarkHandled_WithAntiforgery_ChangesStateAndFilter()
    {
        var email = $"handled-{Guid.NewGuid():N}@example.fr";
        await app.SubmitContactAsync(email, "À traiter");
        var key = (await app.EntryByEmailAsync(email)).Key;
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var url = $"/umbraco/inbox/entry/{key}";

        var response = await BackOfficeApp.PostFormAsync(editor, url, url + "?handler=handled", [new("handled", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(FormEntryState.Handled, (await app.EntryByEmailAsync(email)).State);
        Assert.Contains($"/umbraco/inbox/entry/{key}", await editor.GetStringAsync($"/umbraco/inbox/contact?state=handled&q={email}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithoutAntiforgery_Refused_WithIt_EntryGone()
    {
        var email = $"delete-{Guid.NewGuid():N}@example.fr";
        await app.SubmitContactAsync(email, "À supprimer");
        var key = (await app.EntryByEmailAsync(email)).Key;
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var url = $"/umbraco/inbox/entry/{key}";

        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync(url + "?handler=delete", new FormUrlEncodedContent([]))).StatusCode);
        await using (var db = app.FormsDb())
        {
            Assert.True(db.Entries.Any(e => e.Key == key));
        }

        var response = await BackOfficeApp.PostFormAsync(editor, url, url + "?handler=delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco/inbox/contact", response.Headers.Location!.OriginalString);
        await using (var db = app.FormsDb())
        {
            Assert.False(db.Entries.Any(e => e.Key == key));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ExportCsv_FormulaInAnEntry_NeutralisedWithBom()
    {
        var email = $"csv-{Guid.NewGuid():N}@example.fr";
        await app.SubmitContactAsync(email, "=HYPERLINK(\"http://evil.example\",\"clic\")", name: "+33 Formule");
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);

        var response = await editor.GetAsync($"/umbraco/inbox/contact?handler=export&q={email}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains(email, csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("'+33 Formule", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_ScriptPayloadStoredInAnEntry_RenderedInert()
    {
        // The public form refuses markup, so the payload goes straight to the database, as a bug or another channel might.
        var key = Guid.NewGuid();
        await using (var db = app.FormsDb())
        {
            db.Entries.Add(new FormEntry
            {
                Key = key,
                FormAlias = "contact",
                Culture = "fr-FR",
                CreatedUtc = DateTime.UtcNow,
                Email = "xss@example.fr",
                ValuesJson = """{"name":"<script>alert('xss')</script>","email":"xss@example.fr","subject":"other","message":"<img src=x onerror=alert(1)>","consent":"true"}""",
                IdempotencyToken = Guid.NewGuid().ToString("N"),
            });
            await db.SaveChangesAsync();
        }

        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var entry = await editor.GetStringAsync($"/umbraco/inbox/entry/{key}");
        var list = await editor.GetStringAsync("/umbraco/inbox/contact?q=xss@example.fr");

        foreach (var html in new[] { entry, list })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(", entry, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gdpr_FindExportDelete_EverythingForTheAddressGoes()
    {
        var email = $"gdpr-{Guid.NewGuid():N}@example.fr";
        var other = $"other-{Guid.NewGuid():N}@example.fr";
        await app.SubmitContactAsync(email, "Première demande");
        await app.SubmitContactAsync(email, "Seconde demande");
        await app.SubmitContactAsync(other, "Une autre personne");
        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);

        var found = await BackOfficeApp.PostFormAsync(admin, "/umbraco/gdpr", "/umbraco/gdpr?handler=find", [new("Email", email.ToUpperInvariant())]);
        Assert.Contains("2 entries", WebUtility.HtmlDecode(await found.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var json = await BackOfficeApp.PostFormAsync(admin, "/umbraco/gdpr", "/umbraco/gdpr?handler=export&format=json", [new("Email", email)]);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        var jsonText = await json.Content.ReadAsStringAsync();
        Assert.Contains("Seconde demande", jsonText, StringComparison.Ordinal);
        Assert.DoesNotContain(other, jsonText, StringComparison.Ordinal);

        var csv = await BackOfficeApp.PostFormAsync(admin, "/umbraco/gdpr", "/umbraco/gdpr?handler=export&format=csv", [new("Email", email)]);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Première demande", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var deleted = await BackOfficeApp.PostFormAsync(admin, "/umbraco/gdpr", "/umbraco/gdpr?handler=delete", [new("Email", email)]);

        Assert.Contains("Erased: 2 entries", WebUtility.HtmlDecode(await deleted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = app.FormsDb();
        Assert.False(db.Entries.Any(e => e.Email == email));
        Assert.True(db.Entries.Any(e => e.Email == other));
        Assert.False(db.OutboxMails.Any(m => m.To == email));
    }

    [Fact]
    public async Task Gdpr_InvalidAddress_ClearErrorNothingDeleted()
    {
        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);

        var response = await BackOfficeApp.PostFormAsync(admin, "/umbraco/gdpr", "/umbraco/gdpr?handler=delete", [new("Email", "not an address")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a valid e-mail address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_UnsentMails_ShowAttemptsAndLastError()
    {
        var email = $"outbox-{Guid.NewGuid():N}@example.fr";
        await app.SubmitContactAsync(email, "Message avec accusé");
        var key = (await app.EntryByEmailAsync(email)).Key;
        await using (var db = app.FormsDb())
        {
            // Record a failure as the sender does after the SMTP server refused the mail.
            var mail = db.OutboxMails.First(m => m.EntryKey == key);
            mail.SentUtc = null;
            mail.Abandoned = false;
            mail.Attempts = 3;
            mail.LastError = "SMTP 451 <relay> refused";
            await db.SaveChangesAsync();
        }

        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var html = await admin.GetStringAsync("/umbraco/outbox");

        Assert.Contains("SMTP 451 &lt;relay&gt; refused", html, StringComparison.Ordinal);
        Assert.Contains("bo-mail--retrying", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_Writer_Forbidden_Editor_Allowed_GdprAdminOnly()
    {
        var writer = await app.SignedInAsync(BackOfficeRoles.Writer);
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/umbraco/inbox/contact")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/umbraco/inbox/contact")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/umbraco/gdpr")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/umbraco/outbox")).StatusCode);
    }

    [Fact]
    public async Task Inbox_MoreEntriesThanAPage_PagedWithLinksKeepingTheFilter()
    {
        var tag = $"pg{Guid.NewGuid():N}"[..12];
        for (var i = 0; i < 27; i++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await app.SubmitContactAsync($"{tag}-{i}@example.fr", $"Message {tag} numéro {i}")).StatusCode);
        }

        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var first = WebUtility.HtmlDecode(await editor.GetStringAsync($"/umbraco/inbox/contact?q={tag}"));
        var second = WebUtility.HtmlDecode(await editor.GetStringAsync($"/umbraco/inbox/contact?q={tag}&p=2"));

        Assert.Contains("27 entries", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains($"q={tag}&p=2", first, StringComparison.Ordinal);
        Assert.Equal(InboxModelPageSize, Count(first, "/umbraco/inbox/entry/"));
        Assert.Equal(27 - InboxModelPageSize, Count(second, "/umbraco/inbox/entry/"));
        Assert.Contains($"{tag}-0@example.fr", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_FormsLinkForEditors_GdprAndOutboxForAdministrators()
    {
        var writer = await (await app.SignedInAsync(BackOfficeRoles.Writer)).GetStringAsync("/umbraco/profile");
        var editor = await (await app.SignedInAsync(BackOfficeRoles.Editor)).GetStringAsync("/umbraco/profile");
        var admin = await (await app.SignedInAsync(BackOfficeRoles.Administrator)).GetStringAsync("/umbraco/profile");

        Assert.DoesNotContain("href=\"/umbraco/inbox\"", writer, StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/inbox\"", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/umbraco/gdpr\"", editor, StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/gdpr\"", admin, StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/outbox\"", admin, StringComparison.Ordinal);
    }

    private const int InboxModelPageSize = AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms.InboxModel.PageSize;

    private static int Count(string html, string needle)
    {
        var count = 0;
        for (var i = html.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = html.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
