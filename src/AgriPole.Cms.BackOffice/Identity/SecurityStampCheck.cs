using System.Security.Claims;
using AgriPole.Cms.BackOffice.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>
/// On every back-office request: the user still exists, is not locked out and has the security stamp the cookie was
/// issued with (a role change or password reset changes it), else the cookie is rejected. The back-office has few
/// users, so one indexed lookup per request is cheaper than reasoning about stale roles.
/// </summary>
public static class SecurityStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<BackOfficeUser>>();
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null
            || await users.IsLockedOutAsync(user)
            || !string.Equals(context.Principal!.FindFirstValue(stampClaim), user.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(BackOfficeAuthentication.Scheme);
        }
    }
}
