using System.Security.Claims;
using AgriPole.Cms.BackOffice.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using AgriPole.Cms.BackOffice.Workflow;
using Microsoft.AspNetCore.Identity;

namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>
/// Checks credentials so that an unknown user, a wrong password and a locked account look the same from outside:
/// same answer, and the password hasher always runs once.
/// </summary>
public sealed class BackOfficeSignIn(
    UserManager<BackOfficeUser> users,
    IUserClaimsPrincipalFactory<BackOfficeUser> principals,
    IPasswordHasher<BackOfficeUser> hasher,
    BackOfficeAudit audit,
    TimeProvider clock)
{
    // A hash of a random password, computed once: verifying against it costs what a real check costs.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<BackOfficeUser>().HashPassword(new BackOfficeUser(), Guid.NewGuid().ToString("N")));

    public async Task<bool> SignInAsync(HttpContext context, string? email, string? password)
    {
        email = email?.Trim() ?? string.Empty;
        password ??= string.Empty;
        var user = email.Length is > 0 and <= 256 ? await users.FindByEmailAsync(email) : null;
        if (user is null)
        {
            hasher.VerifyHashedPassword(new BackOfficeUser(), DummyHash.Value, password);
            await audit.WriteAsync("anonymous", "LoginFailed", details: "unknown user");
            return false;
        }

        var locked = await users.IsLockedOutAsync(user);
        var valid = await users.CheckPasswordAsync(user, password);
        if (locked || !valid)
        {
            if (!locked)
            {
                await users.AccessFailedAsync(user);
            }

            await audit.WriteAsync(user.Email!, "LoginFailed", details: locked ? "locked out" : "wrong password");
            return false;
        }

        await users.ResetAccessFailedCountAsync(user);
        user.LastLoginDate = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, BackOfficeAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(BackOfficeAuthentication.UiCultureClaim, user.UiCulture));
        await context.SignInAsync(
            BackOfficeAuthentication.Scheme,
            new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        await audit.WriteAsync(user.Email!, "Login");
        return true;
    }
}
