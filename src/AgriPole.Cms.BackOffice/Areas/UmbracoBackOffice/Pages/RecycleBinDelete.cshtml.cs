using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>Deletes a trashed document and its descendants for good: administrators only, POST only.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class RecycleBinDeleteModel(IContentService content, BackOfficeAudit audit) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/umbraco/recycle-bin");

    public async Task<IActionResult> OnPostAsync(Guid key, CancellationToken cancellationToken)
    {
        var item = await content.GetByIdAsync(key, cancellationToken);
        if (item is null || !item.Trashed)
        {
            return NotFound();
        }

        var result = await content.DeleteAsync(key, User.Identity!.Name, cancellationToken);
        if (!result.Success)
        {
            return BadRequest();
        }

        await audit.WriteAsync(User.Identity!.Name!, "Delete", key, cancellationToken: cancellationToken);
        return LocalRedirect("/umbraco/recycle-bin");
    }
}
