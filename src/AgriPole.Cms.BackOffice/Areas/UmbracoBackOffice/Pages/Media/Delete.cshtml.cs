using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Media;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Media;

/// <summary>
/// Permanent deletion from the media recycle bin, one item (<c>?key=</c>) or all of it (<c>?all=true</c>): Editors and
/// Administrators. GET shows what goes and which documents still pick it; POST deletes, and when documents still use
/// it only with the explicit <c>confirmReferences</c> tick (otherwise 409 and the list again).
/// </summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
public sealed class DeleteModel(IMediaService media, BackOfficeAudit audit) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public MediaText M { get; private set; } = null!;

    /// <summary>The item to delete, or null when emptying the whole bin.</summary>
    public MediaItem? Item { get; private set; }

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public IReadOnlyList<MediaReference> References { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? key, bool all, CancellationToken cancellationToken)
    {
        Init();
        return await LoadAsync(key, all, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? key, bool all, bool confirmReferences, CancellationToken cancellationToken)
    {
        Init();
        if (await LoadAsync(key, all, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (References.Count > 0 && !confirmReferences)
        {
            Errors.Add(M["delete.needConfirm"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var count = Items.Count;
        var result = Item is { } item
            ? await media.DeleteAsync(item.Key, User.Email, cancellationToken)
            : await media.EmptyRecycleBinAsync(User.Email, cancellationToken);
        if (!result.Success)
        {
            Errors.AddRange(result.Errors.Select(e => e.Message.Get(User.UiCulture)));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await audit.WriteAsync(User.Email, "MediaDelete", Item?.Key, details: Item is null ? $"recycle bin emptied ({count})" : Item.Name, cancellationToken: cancellationToken);
        return LocalRedirect("/umbraco/media?deleted=" + count);
    }

    private void Init()
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        M = new MediaText(User.UiCulture);
    }

    // Null when there is something to show; otherwise the answer (404 for an unknown or untrashed item).
    private async Task<IActionResult?> LoadAsync(Guid? key, bool all, CancellationToken cancellationToken)
    {
        if (key is { } k)
        {
            var item = await media.GetByIdAsync(k, cancellationToken);
            if (item is null)
            {
                return NotFound();
            }

            if (!item.Trashed)
            {
                Errors.Add(M["delete.notTrashed"]);
                return BadRequest();
            }

            Item = item;
            Items = [item];
            References = await media.GetReferencesAsync(k, cancellationToken);
            return null;
        }

        if (!all)
        {
            return LocalRedirect("/umbraco/media");
        }

        Items = await media.GetTrashedAsync(cancellationToken);
        var references = new List<MediaReference>();
        foreach (var trashed in Items)
        {
            references.AddRange(await media.GetReferencesAsync(trashed.Key, cancellationToken));
        }

        References = references;
        return null;
    }
}
