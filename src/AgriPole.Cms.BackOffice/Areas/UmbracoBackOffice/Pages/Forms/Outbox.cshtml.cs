using AgriPole.Cms.BackOffice.FormsInbox;
using AgriPole.Cms.Forms.Inbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms;

/// <summary>Mails not delivered yet: pending, retrying (attempts, last SMTP error, next attempt) or abandoned.</summary>
[Authorize(Policy = InboxPolicies.Administer)]
public sealed class OutboxModel(IFormEntryInbox inbox) : PageModel
{
    public IReadOnlyList<MailStatus> Mails { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Mails = await inbox.ListUndeliveredMailsAsync(cancellationToken);
    }
}
