using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.BackOffice.Pickers;
using AgriPole.Cms.BackOffice.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>Trashed documents: restore (any role); permanent deletion is on its own administrator page.</summary>
public sealed class RecycleBinModel(RecycleBin bin, BackOfficeAudit audit, PickerSource pickers) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public IReadOnlyList<RecycleBin.Entry> Entries { get; private set; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>The entry a refused restore was for, with the place that was posted (shown again beside it).</summary>
    public (Guid Key, string Parent)? Posted { get; private set; }

    /// <summary>Name and path of the posted place, when it names a page.</summary>
    public IReadOnlyDictionary<Guid, PickerItem> PostedParent { get; private set; } = new Dictionary<Guid, PickerItem>();

    public EditorText Text => new(User.UiCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        Entries = await bin.ListAsync(User.UiCulture, cancellationToken);
    }

    /// <summary>Restores to the original place, or under <paramref name="parent"/> (a page key, from the picker dialog or typed).</summary>
    public async Task<IActionResult> OnPostRestoreAsync(Guid key, string? parent, CancellationToken cancellationToken)
    {
        User = BackOfficeUserContext.From(base.User);
        Posted = (key, parent?.Trim() ?? string.Empty);
        if (!PickerField.TryParse(parent, out var target))
        {
            Errors.Add(PickerField.InvalidKeyError("parent", parent!).Message.Get(User.UiCulture));
            return await FailAsync(cancellationToken);
        }

        var result = await bin.RestoreAsync(key, target, User.Email, cancellationToken);
        if (result.Success)
        {
            await audit.WriteAsync(User.Email, "Restore", key, cancellationToken: cancellationToken);
            return LocalRedirect($"/umbraco/content/edit/{key}?m=done");
        }

        Errors.AddRange(result.Errors.Select(e => e.Message.Get(User.UiCulture)));
        return await FailAsync(cancellationToken);
    }

    /// <summary>The picker field of an entry: empty means the original place (the engine then validates it).</summary>
    public PickerField PlaceField(RecycleBin.Entry entry)
    {
        var value = Posted is { } p && p.Key == entry.Key ? p.Parent : string.Empty;
        var chosen = Guid.TryParse(value, out var k) ? PostedParent.GetValueOrDefault(k) : null;
        var describedBy = entry.ParentGone ? $"restore-{entry.Key:N}-gone" : null;
        return new PickerField(PickerKind.Content, $"restore-{entry.Key:N}", "parent", value, chosen, Text["picker.originalPlace"], Text, describedBy);
    }

    private async Task<IActionResult> FailAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Entries = await bin.ListAsync(User.UiCulture, cancellationToken);
        if (Posted is { } p && Guid.TryParse(p.Parent, out var parentKey))
        {
            PostedParent = await pickers.DescribeContentAsync([parentKey], User.UiCulture, cancellationToken);
        }

        return Page();
    }
}
