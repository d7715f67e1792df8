using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.FormsInbox;

/// <summary>Inbox bulk actions (mark handled / new, delete after confirmation) and the outbox's retry, audited.</summary>
public sealed partial class InboxBulkAndRetryTests : IClassFixture<FormsInboxApp>
{
    private readonly FormsInboxApp app;

    public InboxBulkAndRetryTests(FormsInboxApp app) => this.app = app;

    [Fact]
    public async Task Bulk_MarkSeveralHandled_OnlySelectedChangeAndAudited()
    {
        var tag = $"bh{Guid.NewGuid():N}"[..12];
        var keys = await SubmitAsync(tag, 3);
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var list = await editor.GetStringAsync($"/umbraco/inbox/contact?q={tag}");
        Assert.Equal(3, CheckboxPattern().Count(list));

        var response = await BackOfficeApp.PostFormAsync(editor, $"/umbraco/inbox/contact?q={tag}", "/umbraco/inbox/contact?handler=bulk",
            [new("bulk", "handled"), new("keys", keys[0].ToString()), new("keys", keys[1].ToString()), new("q", tag), new("p", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/umbraco/inbox/contact?state=&from=&to=&q={tag}&p=1&done=2", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("2 entries updated.", await editor.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        await using (var db = app.FormsDb())
        {
            var states = await db.Entries.Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, e => e.State);
            Assert.Equal(FormEntryState.Handled, states[keys[0]]);
            Assert.Equal(FormEntryState.Handled, states[keys[1]]);
            Assert.Equal(FormEntryState.New, states[keys[2]]);
        }

        Assert.Contains(keys[0].ToString(), await AuditDetailsAsync("FormEntryHandled"), StringComparison.Ordinal);

        var back = await BackOfficeApp.PostFormAsync(editor, $"/umbraco/inbox/contact?q={tag}", "/umbraco/inbox/contact?handler=bulk",
            [new("bulk", "new"), new("keys", keys[0].ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(FormEntryState.New, (await app.EntryByEmailAsync($"{tag}-0@example.fr")).State);
    }

    [Fact]
    public async Task Bulk_Delete_AsksConfirmationFirst_ThenDeletesSelectedAndAudits()
    {
        var tag = $"bd{Guid.NewGuid():N}"[..12];
        var keys = await SubmitAsync(tag, 3);
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var selected = new List<KeyValuePair<string, string>> { new("bulk", "delete"), new("keys", keys[0].ToString()), new("keys", keys[2].ToString()) };

        var ask = await BackOfficeApp.PostFormAsync(editor, $"/umbraco/inbox/contact?q={tag}", "/umbraco/inbox/contact?handler=bulk", selected);

        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        var confirmPage = await ask.Content.ReadAsStringAsync();
        Assert.Contains("Delete the selected entries (2)?", confirmPage, StringComparison.Ordinal);
        Assert.Contains("name=\"confirmed\" value=\"true\"", confirmPage, StringComparison.Ordinal);
        await using (var db = app.FormsDb())
        {
            Assert.Equal(3, await db.Entries.CountAsync(e => keys.Contains(e.Key)));
        }

        var confirmed = await BackOfficeApp.PostFormAsync(editor, $"/umbraco/inbox/contact?q={tag}", "/umbraco/inbox/contact?handler=bulk", selected.Append(new("confirmed", "true")));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("&deleted=2", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using (var db = app.FormsDb())
        {
            Assert.Equal([keys[1]], await db.Entries.Where(e => keys.Contains(e.Key)).Select(e => e.Key).ToListAsync());
            Assert.False(await db.OutboxMails.AnyAsync(m => m.EntryKey == keys[0] || m.EntryKey == keys[2]));
        }

        Assert.Contains(keys[2].ToString(), await AuditDetailsAsync("FormEntryDelete"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_NothingSelectedOrNoAntiforgeryOrWriter_NothingChanges()
    {
        var tag = $"bn{Guid.NewGuid():N}"[..12];
        var keys = await SubmitAsync(tag, 1);
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var writer = await app.SignedInAsync(BackOfficeRoles.Writer);

        var none = await BackOfficeApp.PostFormAsync(editor, "/umbraco/inbox/contact", "/umbraco/inbox/contact?handler=bulk", [new("bulk", "handled")]);
        var noToken = await editor.PostAsync("/umbraco/inbox/contact?handler=bulk", new FormUrlEncodedContent([new("bulk", "handled"), new("keys", keys[0].ToString())]));
        var byWriter = await writer.PostAsync("/umbraco/inbox/contact?handler=bulk", new FormUrlEncodedContent([new("bulk", "delete"), new("keys", keys[0].ToString()), new("confirmed", "true")]));

        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Contains("No entry selected.", await editor.GetStringAsync(none.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byWriter.StatusCode);
        var entry = await app.EntryByEmailAsync($"{tag}-0@example.fr");
        Assert.Equal(FormEntryState.New, entry.State);
    }

    [Fact]
    public async Task Outbox_RetryAbandonedMail_RequeuedOnceAuditedAdministratorOnly()
    {
        var tag = $"rt{Guid.NewGuid():N}"[..12];
        var key = (await SubmitAsync(tag, 1))[0];
        Guid mailId;
        await using (var db = app.FormsDb())
        {
            // As the sender leaves a mail after its last failed attempt.
            var mail = await db.OutboxMails.FirstAsync(m => m.EntryKey == key);
            mail.Abandoned = true;
            mail.Attempts = 12;
            mail.LastError = "SMTP 550 mailbox unavailable";
            mail.NextAttemptUtc = DateTime.UtcNow.AddDays(1);
            await db.SaveChangesAsync();
            mailId = mail.Id;
        }

        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var outbox = await admin.GetStringAsync("/umbraco/outbox");
        Assert.Contains($"name=\"id\" value=\"{mailId}\"", outbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/umbraco/outbox?handler=retry", new FormUrlEncodedContent([new("id", mailId.ToString())]))).StatusCode);

        var first = await BackOfficeApp.PostFormAsync(admin, "/umbraco/outbox", "/umbraco/outbox?handler=retry", [new("id", mailId.ToString())]);
        var second = await BackOfficeApp.PostFormAsync(admin, "/umbraco/outbox", "/umbraco/outbox?handler=retry", [new("id", mailId.ToString())]);

        Assert.Equal("/umbraco/outbox?retried=1", first.Headers.Location!.OriginalString);
        Assert.Equal("/umbraco/outbox?retried=0", second.Headers.Location!.OriginalString);
        Assert.Contains("The mail is queued again.", await admin.GetStringAsync("/umbraco/outbox?retried=1"), StringComparison.Ordinal);
        await using (var db = app.FormsDb())
        {
            var mail = await db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == mailId);
            Assert.False(mail.Abandoned);
            Assert.Equal(0, mail.Attempts);
            Assert.True(mail.NextAttemptUtc <= DateTime.UtcNow);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var audits = await scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>().AuditEntries
            .Where(a => a.Action == "FormMailRetry" && a.Details == mailId.ToString()).CountAsync();
        Assert.Equal(1, audits);
    }

    [Fact]
    public async Task Inbox_NewsletterForm_CountsConfirmedSubscribersOnly()
    {
        await using (var db = app.FormsDb())
        {
            var now = DateTime.UtcNow;
            db.NewsletterSubscriptions.Add(new NewsletterSubscription { Key = Guid.NewGuid(), Email = "confirmed@example.fr", Culture = "fr-FR", Confirmed = true, ConfirmedUtc = now, TokenExpiresUtc = now.AddHours(48), CreatedUtc = now });
            db.NewsletterSubscriptions.Add(new NewsletterSubscription { Key = Guid.NewGuid(), Email = "pending@example.fr", Culture = "fr-FR", TokenHash = "pending-hash", TokenExpiresUtc = now.AddHours(48), CreatedUtc = now });
            await db.SaveChangesAsync();
        }

        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);

        Assert.Contains("1 confirmed subscriber(s)", await editor.GetStringAsync("/umbraco/inbox/newsletter"), StringComparison.Ordinal);
        Assert.DoesNotContain("confirmed subscriber", await editor.GetStringAsync("/umbraco/inbox/contact"), StringComparison.Ordinal);
    }

    private async Task<List<Guid>> SubmitAsync(string tag, int count)
    {
        var keys = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await app.SubmitContactAsync($"{tag}-{i}@example.fr", $"Message {tag} {i}")).StatusCode);
            keys.Add((await app.EntryByEmailAsync($"{tag}-{i}@example.fr")).Key);
        }

        return keys;
    }

    private async Task<string> AuditDetailsAsync(string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>().AuditEntries
            .Where(a => a.Action == action).Select(a => a.Details).ToListAsync();
        return string.Join('\n', details);
    }

    [GeneratedRegex("<input type=\"checkbox\" name=\"keys\"")]
    private static partial Regex CheckboxPattern();
}
