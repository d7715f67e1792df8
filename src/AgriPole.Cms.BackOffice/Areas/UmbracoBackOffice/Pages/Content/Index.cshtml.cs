using AgriPole.Cms.BackOffice.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>The content tree: roots here, children fetched on expand from /umbraco/content/tree.</summary>
public sealed class IndexModel(ContentTree tree) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public TreeLevel Roots { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        var (nodes, total) = await tree.LevelAsync(null, User.UiCulture, 0, cancellationToken);
        Roots = new TreeLevel(nodes, User.Text, null, 0, total);
    }
}
