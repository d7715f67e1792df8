using System.Globalization;
using AgriPole.Cms.BackOffice.FormsInbox;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Inbox;
using AgriPole.Cms.Forms.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms;

/// <summary>The entries of one form: filter (state, dates, text), paging, CSV export of the filtered set.</summary>
[Authorize(Policy = InboxPolicies.ReadEntries)]
public sealed class InboxModel(IFormEntryInbox inbox, IFormDefinitions forms) : PageModel
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
        return Page();
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
