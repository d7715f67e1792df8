using System.Security.Claims;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>
/// POST only (with antiforgery), so a link or image on another site cannot sign an editor out. A new security stamp
/// makes every cookie issued before the sign-out invalid (SecurityStampCheck), so a copied cookie cannot be replayed;
/// the user's other sessions end too.
/// </summary>
public sealed class LogoutModel(Workflow.BackOfficeAudit audit, UserManager<BackOfficeUser> users) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(User.Identity?.Name ?? "unknown", "Logout");
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && await users.FindByIdAsync(id) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await HttpContext.SignOutAsync(BackOfficeAuthentication.Scheme);
        return LocalRedirect(BackOfficeAuthentication.LoginPath);
    }
}
