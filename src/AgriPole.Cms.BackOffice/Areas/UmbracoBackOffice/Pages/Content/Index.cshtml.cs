using AgriPole.Cms.BackOffice.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>The content tree: roots here, children fetched on expand from /umbraco/content/tree.</summary>
public sealed class IndexModel(ContentTree tree) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public IReadOnlyList<ContentTree.Node> Roots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        Roots = await tree.ChildrenAsync(null, User.UiCulture, cancellationToken);
    }
}
