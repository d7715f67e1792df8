using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>One level of the tree as an HTML fragment (server-encoded), for lazy expansion.</summary>
public sealed class TreeModel(ContentTree tree) : PageModel
{
    public IReadOnlyList<ContentTree.Node> Children { get; private set; } = [];

    public BackOfficeText Text { get; private set; } = null!;

    public async Task OnGetAsync(Guid? parent, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var user = BackOfficeUserContext.From(User);
        Text = user.Text;
        Children = await tree.ChildrenAsync(parent, user.UiCulture, cancellationToken);
    }
}
