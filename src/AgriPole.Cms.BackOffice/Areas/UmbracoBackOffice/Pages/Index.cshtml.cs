using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>The dashboard: pages writers sent for review and nobody has published since.</summary>
public sealed class IndexModel(BackOfficeDbContext db, IContentService content, ContentTree tree) : PageModel
{
    public List<(Guid Key, string Name, string User, DateTime When)> PendingReview { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var ui = BackOfficeUserContext.From(User).UiCulture;
        var requests = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == "SendForReview" && e.NodeKey != null)
            .OrderByDescending(e => e.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var request in requests.DistinctBy(r => r.NodeKey))
        {
            var publishedSince = await db.AuditEntries.AnyAsync(e => e.NodeKey == request.NodeKey && e.Action == "Publish" && e.Id > request.Id, cancellationToken);
            if (publishedSince || await content.GetByIdAsync(request.NodeKey!.Value, cancellationToken) is not { Trashed: false } item)
            {
                continue;
            }

            PendingReview.Add((item.Key, tree.NameOf(item, ui), request.User, request.Timestamp));
        }
    }
}
