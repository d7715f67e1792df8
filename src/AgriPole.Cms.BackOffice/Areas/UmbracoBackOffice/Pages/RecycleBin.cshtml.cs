using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>Trashed documents: restore (any role); permanent deletion is on its own administrator page.</summary>
public sealed class RecycleBinModel(RecycleBin bin, BackOfficeAudit audit) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public IReadOnlyList<RecycleBin.Entry> Entries { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        Entries = await bin.ListAsync(User.UiCulture, cancellationToken);
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid key, Guid? parent, CancellationToken cancellationToken)
    {
        User = BackOfficeUserContext.From(base.User);
        var result = await bin.RestoreAsync(key, parent, User.Email, cancellationToken);
        if (result.Success)
        {
            await audit.WriteAsync(User.Email, "Restore", key, cancellationToken: cancellationToken);
            return LocalRedirect($"/umbraco/content/edit/{key}?m=done");
        }

        Errors.AddRange(result.Errors.Select(e => e.Message.Get(User.UiCulture)));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Entries = await bin.ListAsync(User.UiCulture, cancellationToken);
        return Page();
    }
}
