using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>POST only (with antiforgery), so a link or image on another site cannot sign an editor out.</summary>
public sealed class LogoutModel(Workflow.BackOfficeAudit audit) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(User.Identity?.Name ?? "unknown", "Logout");
        await HttpContext.SignOutAsync(BackOfficeAuthentication.Scheme);
        return LocalRedirect(BackOfficeAuthentication.LoginPath);
    }
}
