using System.Globalization;
using AgriPole.Cms.BackOffice.FormsInbox;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Inbox;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms;

/// <summary>
/// The entries of one form: filter (state, dates, text), paging, CSV export of the filtered set, bulk actions on the
/// selected entries (mark handled / new, delete after a confirmation page that works without JavaScript), audited.
/// </summary>
[Authorize(Policy = InboxPolicies.ReadEntries)]
public sealed class InboxModel(IFormEntryInbox inbox, IFormDefinitions forms, NewsletterService newsletter, BackOfficeAudit audit) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<FormDefinition> Forms => forms.All;

    public FormDefinition Form { get; private set; } = null!;

    public EntryPage Entries { get; private set; } = new([], 0);

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Outcome of the last bulk action, shown after the redirect: entries updated / deleted, or "none" selected.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Deleted { get; set; }

    /// <summary>Set when a bulk delete waits for confirmation: the page shows the confirmation instead of the list.</summary>
    public IReadOnlyList<Guid>? ConfirmDeleteKeys { get; private set; }

    /// <summary>Confirmed subscribers, for forms with a double opt-in (pending sign-ups do not count).</summary>
    public int? SubscriberCount { get; private set; }

    public int PageCount => Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string? alias, CancellationToken cancellationToken)
    {
        if (!Resolve(alias))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        PageNumber = Math.Max(1, PageNumber);
        Entries = await inbox.ListAsync(Query() with { Skip = (PageNumber - 1) * PageSize, Take = PageSize }, cancellationToken);
        if (Form.DoubleOptIn is not null)
        {
            SubscriberCount = (await newsletter.ListSubscribersAsync(cancellationToken)).Count;
        }

        return Page();
    }

    /// <summary>
    /// POST ?handler=bulk with the selected "keys" and "bulk" = handled | new | delete. Delete first answers a
    /// confirmation page (the same keys, "confirmed=true"); nothing is deleted without it.
    /// </summary>
    public async Task<IActionResult> OnPostBulkAsync(string? alias, string? bulk, List<Guid> keys, bool confirmed, CancellationToken cancellationToken)
    {
        if (!Resolve(alias))
        {
            return NotFound();
        }

        var selected = keys.Where(k => k != Guid.Empty).Distinct().Take(FormEntryInbox.MaxBulk).ToList();
        if (selected.Count == 0 || bulk is not ("handled" or "new" or "delete"))
        {
            return LocalRedirect(Link(PageNumber) + "&done=none");
        }

        var user = User.Identity!.Name!;
        if (bulk == "delete")
        {
            if (!confirmed)
            {
                Response.Headers.CacheControl = "no-store";
                ConfirmDeleteKeys = selected;
                return Page();
            }

            var deleted = await inbox.DeleteAsync(selected, cancellationToken);
            await audit.WriteAsync(user, "FormEntryDelete", details: AuditDetails(deleted, selected), cancellationToken: cancellationToken);
            return LocalRedirect(Link(PageNumber) + "&deleted=" + deleted.ToString(CultureInfo.InvariantCulture));
        }

        var handled = bulk == "handled";
        var updated = await inbox.MarkHandledAsync(selected, handled, cancellationToken);
        await audit.WriteAsync(user, handled ? "FormEntryHandled" : "FormEntryNew", details: AuditDetails(updated, selected), cancellationToken: cancellationToken);
        return LocalRedirect(Link(PageNumber) + "&done=" + updated.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The filtered entries as CSV (the forms service neutralises formulas and writes the BOM).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? alias, CancellationToken cancellationToken)
    {
        if (!Resolve(alias))
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await inbox.ExportCsvAsync(Form.Alias, InboxText.For(User).Culture, buffer, Query() with { Take = int.MaxValue }, cancellationToken);
        buffer.Position = 0;
        Response.Headers.CacheControl = "no-store";
        var name = $"{Form.Alias}-{DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";
        return File(buffer, "text/csv; charset=utf-8", name);
    }

    /// <summary>The query string of the current filter, for paging links.</summary>
    public string Link(int page) =>
        $"/umbraco/inbox/{Uri.EscapeDataString(Form.Alias)}?state={Uri.EscapeDataString(State ?? string.Empty)}"
        + $"&from={From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        + $"&q={Uri.EscapeDataString(Q ?? string.Empty)}&p={page}";

    // The audit keeps which entries (keys, never their content); the details column holds 2,000 characters.
    private string AuditDetails(int count, List<Guid> keys)
    {
        var details = $"{Form.Alias} {count}: {string.Join(',', keys)}";
        return details.Length <= 2000 ? details : details[..1999] + "…";
    }

    private bool Resolve(string? alias)
    {
        var form = alias is null ? (forms.All.Count > 0 ? forms.All[0] : null) : forms.All.FirstOrDefault(f => string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase));
        if (form is null)
        {
            return false;
        }

        Form = form;
        return true;
    }

    private EntryQuery Query() => new(
        FormAlias: Form.Alias,
        State: Enum.TryParse<FormEntryState>(State, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null,
        FromUtc: From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        // "To" is a day the editor means to include: everything before the next midnight.
        ToUtc: To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddTicks(-1),
        Search: string.IsNullOrWhiteSpace(Q) ? null : Q.Trim());
}
