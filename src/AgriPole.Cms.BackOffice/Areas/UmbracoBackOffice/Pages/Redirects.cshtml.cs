using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>The 301s recorded when published URLs changed; administrators can remove them.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class RedirectsModel(BackOfficeDbContext db, IContentService content, ContentTree tree, RedirectCache cache, BackOfficeAudit audit) : PageModel
{
    public IReadOnlyList<RedirectUrl> Rows { get; private set; } = [];

    public Dictionary<Guid, string> Targets { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Rows = await db.RedirectUrls.AsNoTracking().OrderByDescending(r => r.CreateDate).Take(1000).ToListAsync(cancellationToken);
        var ui = BackOfficeUserContext.From(User).UiCulture;
        foreach (var key in Rows.Select(r => r.ContentKey).Distinct())
        {
            if (await content.GetByIdAsync(key, cancellationToken) is { } item)
            {
                Targets[key] = tree.NameOf(item, ui);
            }
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await db.RedirectUrls.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return NotFound();
        }

        cache.Invalidate();
        await audit.WriteAsync(User.Identity!.Name!, "RedirectDelete", details: id.ToString(), cancellationToken: cancellationToken);
        return LocalRedirect("/umbraco/redirects");
    }
}
