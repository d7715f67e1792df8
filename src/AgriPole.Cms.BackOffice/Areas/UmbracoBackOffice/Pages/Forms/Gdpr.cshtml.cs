using System.Globalization;
using System.Net.Mail;
using System.Text;
using AgriPole.Cms.BackOffice.FormsInbox;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Forms.Inbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms;

/// <summary>
/// GDPR requests for one address: find, export (JSON or CSV), erase. Every action is a POST so the address never
/// lands in URLs, proxies' logs or the browser history.
/// </summary>
[Authorize(Policy = InboxPolicies.Administer)]
public sealed class GdprModel(IPersonalDataService personalData, BackOfficeAudit audit) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public PersonalDataReport? Report { get; private set; }

    public PersonalDataReport? Deleted { get; private set; }

    public bool Invalid { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!Valid())
        {
            return Page();
        }

        Report = await personalData.FindAsync(Email!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(string? format, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!Valid())
        {
            return Page();
        }

        await audit.WriteAsync(User.Identity!.Name!, "GdprExport", cancellationToken: cancellationToken);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var report = await personalData.FindAsync(Email!, cancellationToken);
            return File(Csv(report), "text/csv; charset=utf-8", $"personal-data-{stamp}.csv");
        }

        return File(await personalData.ExportJsonAsync(Email!, cancellationToken), "application/json", $"personal-data-{stamp}.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!Valid())
        {
            return Page();
        }

        Deleted = await personalData.DeleteAsync(Email!, cancellationToken);
        // The address itself is not written to the audit log: it is the data just erased.
        await audit.WriteAsync(User.Identity!.Name!, "GdprDelete",
            details: $"entries={Deleted.Entries.Count} subscriptions={Deleted.Subscriptions.Count} mails={Deleted.MailCount}", cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>One row per stored value (kind, key, form, date, field, value), formulas neutralised by the forms' CSV writer.</summary>
    internal static byte[] Csv(PersonalDataReport report)
    {
        var sb = new StringBuilder();
        CsvWriter.AppendRow(sb, ["kind", "key", "form", "createdUtc", "field", "value"]);
        foreach (var e in report.Entries)
        {
            var created = e.CreatedUtc.ToString("O", CultureInfo.InvariantCulture);
            foreach (var (field, values) in e.Values)
            {
                CsvWriter.AppendRow(sb, ["entry", e.Key.ToString(), e.FormAlias, created, field, string.Join("; ", values)]);
            }
        }

        foreach (var s in report.Subscriptions)
        {
            CsvWriter.AppendRow(sb, ["subscription", s.Key.ToString(), "newsletter", s.CreatedUtc.ToString("O", CultureInfo.InvariantCulture), "email", s.Email]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private bool Valid()
    {
        Email = Email?.Trim();
        Invalid = string.IsNullOrEmpty(Email) || Email.Length > 254 || !MailAddress.TryCreate(Email, out _);
        return !Invalid;
    }
}
