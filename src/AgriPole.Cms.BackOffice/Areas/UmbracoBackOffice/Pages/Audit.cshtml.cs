using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>The audit log, newest first, filtered by user, action and node; administrators only.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class AuditModel(BackOfficeDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string? UserFilter { get; private set; }

    public string? ActionFilter { get; private set; }

    public string? NodeFilter { get; private set; }

    public async Task OnGetAsync(string? user, string? action, string? node)
    {
        Response.Headers.CacheControl = "no-store";
        UserFilter = user;
        ActionFilter = action;
        NodeFilter = node;
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(e => e.User.Contains(user.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action.Trim());
        }

        if (Guid.TryParse(node, out var key))
        {
            query = query.Where(e => e.NodeKey == key);
        }

        Entries = await query.OrderByDescending(e => e.Id).Take(500).ToListAsync();
    }
}
