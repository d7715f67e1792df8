using AgriPole.Cms.BackOffice.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>One level of the tree as an HTML fragment (server-encoded), for lazy expansion.</summary>
public sealed class TreeModel(ContentTree tree) : PageModel
{
    public TreeLevel Level { get; private set; } = null!;

    /// <summary>One page of the level under <paramref name="parent"/> (the root without it), from <paramref name="skip"/>.</summary>
    public async Task OnGetAsync(Guid? parent, int? skip, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var user = BackOfficeUserContext.From(User);
        var from = Math.Max(0, skip ?? 0);
        var (nodes, total) = await tree.LevelAsync(parent, user.UiCulture, from, cancellationToken);
        Level = new TreeLevel(nodes, user.Text, parent, from, total);
    }
}
