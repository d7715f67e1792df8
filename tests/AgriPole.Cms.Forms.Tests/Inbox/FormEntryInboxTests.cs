using System.Text;
using AgriPole.Cms.Forms.Inbox;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Submissions;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Inbox;

public sealed class FormEntryInboxTests : IDisposable
{
    private readonly FormsTestApp _app = new();

    private IFormEntryInbox Inbox => _app.Service<IFormEntryInbox>();

    [Fact]
    public async Task ListMarkHandledDelete_Lifecycle()
    {
        var a = await SubmitContactAsync("anne@example.fr", "Irrigation goutte à goutte");
        var b = await SubmitContactAsync("bruno@example.fr", "Robot de désherbage");
        await SubmitMembershipAsync("claire@example.fr");

        var contacts = await Inbox.ListAsync(new EntryQuery(FormAlias: "contact"));
        Assert.Equal(2, contacts.Total);
        Assert.Equal([b, a], contacts.Items.Select(i => i.Key));
        Assert.Equal("Robot de désherbage", contacts.Items[0].Values["message"][0]);
        Assert.Single(contacts.Items[0].Mails);

        var search = await Inbox.ListAsync(new EntryQuery(Search: "DÉSHERBAGE"));
        Assert.Equal([b], search.Items.Select(i => i.Key));
        Assert.Equal([b], (await Inbox.ListAsync(new EntryQuery(Search: "désherbage"))).Items.Select(i => i.Key));
        Assert.Equal(0, (await Inbox.ListAsync(new EntryQuery(Search: "%"))).Total);

        Assert.True(await Inbox.MarkHandledAsync(a));
        Assert.Equal([a], (await Inbox.ListAsync(new EntryQuery(State: FormEntryState.Handled))).Items.Select(i => i.Key));
        Assert.NotNull((await Inbox.GetAsync(a))!.HandledUtc);

        Assert.True(await Inbox.DeleteAsync(b));
        Assert.Null(await Inbox.GetAsync(b));
        Assert.False(await Inbox.DeleteAsync(b));
        await using var db = _app.Db();
        Assert.Equal(0, await db.OutboxMails.CountAsync(m => m.EntryKey == b));
    }

    [Fact]
    public async Task ExportCsv_FormulaValues_NeutralisedWithBomAndLabels()
    {
        await SubmitContactAsync("eve@example.fr", "=HYPERLINK(\"http://evil.example\",\"clic\")", name: "@SUM(1+1)");

        using var output = new MemoryStream();
        await Inbox.ExportCsvAsync("contact", "fr-FR", output);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,created (UTC),culture,state,Nom et prénom,Adresse e-mail,Téléphone,Organisation,Objet,Message,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1+1),", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Projet d'innovation,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",Oui", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalData_FindExportDelete_EverythingForOneAddressOnly()
    {
        await SubmitContactAsync("Dora@Example.fr", "Premier message");
        await SubmitMembershipAsync("dora@example.fr");
        await SubmitNewsletterAsync("dora@example.fr");
        var other = await SubmitContactAsync("other@example.fr", "Autre");
        var gdpr = _app.Service<IPersonalDataService>();

        var report = await gdpr.FindAsync(" DORA@example.FR ");
        Assert.Equal(3, report.Entries.Count);
        Assert.Single(report.Subscriptions);
        Assert.Equal(3, report.MailCount); // two notifications (Reply-To) and the opt-in mail
        var json = Encoding.UTF8.GetString(await gdpr.ExportJsonAsync("dora@example.fr"));
        Assert.Contains("Premier message", json, StringComparison.Ordinal);

        var deleted = await gdpr.DeleteAsync("dora@example.fr");
        Assert.Equal(3, deleted.Entries.Count);
        var after = await gdpr.FindAsync("dora@example.fr");
        Assert.Empty(after.Entries);
        Assert.Empty(after.Subscriptions);
        Assert.Equal(0, after.MailCount);
        Assert.NotNull(await Inbox.GetAsync(other));
    }

    [Fact]
    public async Task Purge_EntriesPastRetention_DeletedOthersKept()
    {
        var old = await SubmitContactAsync("old@example.fr", "Ancien");
        var recent = await SubmitContactAsync("new@example.fr", "Récent");
        var oldMembership = await SubmitMembershipAsync("member@example.fr");
        await using (var db = _app.Db())
        {
            // contact keeps 365 days, membership 730.
            await db.Entries.Where(e => e.Key == old || e.Key == oldMembership).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedUtc, DateTime.UtcNow.AddDays(-400)));
        }

        var deleted = await _app.Service<RetentionPurgeService>().PurgeAsync();

        Assert.Equal(1, deleted);
        Assert.Null(await Inbox.GetAsync(old));
        Assert.NotNull(await Inbox.GetAsync(recent));
        Assert.NotNull(await Inbox.GetAsync(oldMembership));
        await using var check = _app.Db();
        Assert.Equal(0, await check.OutboxMails.CountAsync(m => m.EntryKey == old));
    }

    private Task<Guid> SubmitContactAsync(string email, string message, string name = "Visiteur") =>
        SubmitAsync(TestForms.Contact, new()
        {
            ["name"] = [name],
            ["email"] = [email],
            ["subject"] = ["project"],
            ["message"] = [message],
            ["consent"] = ["true"],
        });

    private Task<Guid> SubmitMembershipAsync(string email) =>
        SubmitAsync(TestForms.Membership, new()
        {
            ["organisation"] = ["Exemple SARL"],
            ["kind"] = ["company"],
            ["siret"] = ["73282932000074"],
            ["department"] = ["33 - Gironde"],
            ["contactName"] = ["Dora"],
            ["email"] = [email],
            ["phone"] = ["0556000000"],
            ["interests"] = ["skills"],
            ["consent"] = ["true"],
        });

    private Task<Guid> SubmitNewsletterAsync(string email) =>
        SubmitAsync(TestForms.Newsletter, new() { ["email"] = [email], ["consent"] = ["true"] });

    private async Task<Guid> SubmitAsync(AgriPole.Cms.Forms.Definitions.FormDefinition form, Dictionary<string, IReadOnlyList<string>> values)
    {
        var outcome = await _app.Service<FormSubmissionService>().SubmitAsync(
            new SubmissionRequest(form, "fr-FR", null, values, Guid.NewGuid().ToString("N"), null, "https://www.agripole.example"));
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Validation.Errors));
        return outcome.EntryKey!.Value;
    }

    public void Dispose() => _app.Dispose();
}
