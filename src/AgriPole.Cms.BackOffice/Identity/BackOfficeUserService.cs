using AgriPole.Cms.BackOffice.Data;
using Microsoft.AspNetCore.Identity;

namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>Creates and updates back-office users with exactly one role each.</summary>
public sealed class BackOfficeUserService(UserManager<BackOfficeUser> users, TimeProvider clock)
{
    public async Task<IdentityResult> CreateAsync(string email, string name, string password, string role, string uiCulture = "fr-FR")
    {
        if (!BackOfficeRoles.All.Contains(role))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidRole", Description = $"Unknown role '{role}'." });
        }

        var user = new BackOfficeUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            Name = string.IsNullOrWhiteSpace(name) ? email.Trim() : name.Trim(),
            UiCulture = uiCulture == "en-US" ? "en-US" : "fr-FR",
            CreateDate = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return result;
        }

        return await users.AddToRoleAsync(user, role);
    }

    /// <summary>Replaces the user's role (users hold one role).</summary>
    public async Task<IdentityResult> SetRoleAsync(BackOfficeUser user, string role)
    {
        if (!BackOfficeRoles.All.Contains(role))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidRole", Description = $"Unknown role '{role}'." });
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded)
        {
            return removed;
        }

        var added = await users.AddToRoleAsync(user, role);
        if (added.Succeeded)
        {
            // Signs the user out everywhere: the cookie's security stamp no longer matches.
            await users.UpdateSecurityStampAsync(user);
        }

        return added;
    }
}
