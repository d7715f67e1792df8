using AgriPole.Cms.BackOffice.FormsInbox;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Forms.Inbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Forms;

/// <summary>Mails not delivered yet: pending, retrying (attempts, last SMTP error, next attempt) or abandoned; an abandoned one can be retried.</summary>
[Authorize(Policy = InboxPolicies.Administer)]
public sealed class OutboxModel(IFormEntryInbox inbox, BackOfficeAudit audit) : PageModel
{
    public IReadOnlyList<MailStatus> Mails { get; private set; } = [];

    /// <summary>The outcome of the last retry ("1" queued again, "0" nothing to do), shown after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Retried { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Mails = await inbox.ListUndeliveredMailsAsync(cancellationToken);
    }

    /// <summary>POST ?handler=retry with the mail's id: queued again once, whatever the number of clicks.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var requeued = await inbox.RetryMailAsync(id, cancellationToken);
        if (requeued)
        {
            await audit.WriteAsync(User.Identity!.Name!, "FormMailRetry", details: id.ToString(), cancellationToken: cancellationToken);
        }

        return LocalRedirect(requeued ? "/umbraco/outbox?retried=1" : "/umbraco/outbox?retried=0");
    }
}
