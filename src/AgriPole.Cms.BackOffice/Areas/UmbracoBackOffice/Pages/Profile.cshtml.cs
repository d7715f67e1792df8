using System.Security.Claims;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>The user's own settings: the back-office language.</summary>
public sealed class ProfileModel(UserManager<BackOfficeUser> users) : PageModel
{
    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(string? uiCulture)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        user.UiCulture = uiCulture == "en-US" ? "en-US" : "fr-FR";
        await users.UpdateAsync(user);

        // Re-issue the cookie with the new language claim (and the stamp the update just wrote).
        var identity = new ClaimsIdentity(User.Claims.Where(c => c.Type != BackOfficeAuthentication.UiCultureClaim), BackOfficeAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(BackOfficeAuthentication.UiCultureClaim, user.UiCulture));
        await HttpContext.SignInAsync(BackOfficeAuthentication.Scheme, new ClaimsPrincipal(identity));
        return LocalRedirect("/umbraco/profile");
    }
}
