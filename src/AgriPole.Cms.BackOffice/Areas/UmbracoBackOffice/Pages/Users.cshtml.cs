using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>Users management: administrators only.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class UsersModel(UserManager<BackOfficeUser> users, BackOfficeUserService userService, BackOfficeAudit audit, TimeProvider clock) : PageModel
{
    public sealed record UserRow(string Id, string Email, string Name, string Role, DateTime? LastLogin, bool Locked);

    public List<UserRow> Users { get; } = [];

    public List<string> Errors { get; } = [];

    public bool Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? email, string? name, string? role, string? password)
    {
        var result = await userService.CreateAsync(email ?? string.Empty, name ?? string.Empty, password ?? string.Empty, role ?? string.Empty);
        return await FinishAsync(result, "UserCreate", email);
    }

    public async Task<IActionResult> OnPostRoleAsync(string? id, string? role)
    {
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var result = await userService.SetRoleAsync(user, role ?? string.Empty);
        return await FinishAsync(result, "UserRole", $"{user.Email} → {role}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string? id)
    {
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        var result = await users.ResetAccessFailedCountAsync(user);
        return await FinishAsync(result, "UserUnlock", user.Email);
    }

    private async Task<IActionResult> FinishAsync(IdentityResult result, string action, string? details)
    {
        if (result.Succeeded)
        {
            await audit.WriteAsync(User.Identity!.Name!, action, details: details);
            Done = true;
        }
        else
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var now = clock.GetUtcNow();
        foreach (var u in await users.Users.OrderBy(u => u.Email).AsNoTracking().ToListAsync())
        {
            var role = (await users.GetRolesAsync(u)).FirstOrDefault() ?? string.Empty;
            Users.Add(new UserRow(u.Id, u.Email ?? string.Empty, u.Name, role, u.LastLoginDate, u.LockoutEnd is { } end && end > now));
        }
    }
}
