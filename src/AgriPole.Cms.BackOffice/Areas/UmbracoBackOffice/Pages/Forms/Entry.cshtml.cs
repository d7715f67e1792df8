using AgriPole.Cms.BackOffice.FormsInbox;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Inbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms;

/// <summary>One entry, every field shown (Razor encodes every value); mark handled / new; delete.</summary>
[Authorize(Policy = InboxPolicies.ReadEntries)]
public sealed class EntryModel(IFormEntryInbox inbox, IFormDefinitions forms, BackOfficeAudit audit) : PageModel
{
    public EntryView Entry { get; private set; } = null!;

    public FormDefinition? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await inbox.GetAsync(key, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Entry = entry;
        Form = forms.Find(entry.FormAlias);
        return Page();
    }

    public async Task<IActionResult> OnPostHandledAsync(Guid key, bool handled, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkHandledAsync(key, handled, cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync(User.Identity!.Name!, handled ? "FormEntryHandled" : "FormEntryNew", details: key.ToString(), cancellationToken: cancellationToken);
        return LocalRedirect($"/umbraco/inbox/entry/{key}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        var entry = await inbox.GetAsync(key, cancellationToken);
        if (entry is null || !await inbox.DeleteAsync(key, cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync(User.Identity!.Name!, "FormEntryDelete", details: $"{entry.FormAlias} {key}", cancellationToken: cancellationToken);
        return LocalRedirect($"/umbraco/inbox/{entry.FormAlias}");
    }
}
