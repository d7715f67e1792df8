using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Pickers;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>The document editor: save draft, send for review, move, copy, sort children, trash. Any back-office role.</summary>
public sealed class EditModel(ContentEditor editor, IContentService content, ContentTree tree, BackOfficeAudit audit) : PageModel
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["saved"] = "content.saved",
        ["published"] = "content.publishedOk",
        ["unpublished"] = "content.unpublishedOk",
        ["review"] = "content.sentForReview",
        ["done"] = "saved",
    };

    public ContentEditorState State { get; private set; } = null!;

    /// <param name="children">"all" lists every child (the first page otherwise).</param>
    public async Task<IActionResult> OnGetAsync(Guid key, string? m, string? children, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        State.ShowAllChildren = string.Equals(children, "all", StringComparison.Ordinal);
        await editor.FillAsync(State, cancellationToken);

        if (m is not null && Messages.TryGetValue(m, out var textKey))
        {
            State.Message = State.User.Text[textKey];
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid key, CancellationToken cancellationToken) => SaveAsync(key, "Save", "saved", cancellationToken);

    /// <summary>A writer's way to ask for publication: saves the draft and logs the request, which editors see on the dashboard.</summary>
    public Task<IActionResult> OnPostReviewAsync(Guid key, CancellationToken cancellationToken) => SaveAsync(key, "SendForReview", "review", cancellationToken);

    /// <summary>Add, remove or move a block without scripts: the page comes back with the change, not saved yet.</summary>
    public async Task<IActionResult> OnPostBlocksAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var message = editor.ApplyBlockAction(State, form);
        State.Message = State.EditorText[message];
        await editor.FillAsync(State, cancellationToken);
        if (message == "blocks.invalid")
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid key, string? target, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        State.PostedTargets["move"] = target?.Trim() ?? string.Empty;
        if (!PickerField.TryParse(target, out var parent))
        {
            return await RefuseTargetAsync(target!, cancellationToken);
        }

        var result = await content.MoveAsync(key, parent, State.User.Email, cancellationToken);
        return await FinishAsync(result, "Move", parent?.ToString() ?? "root", cancellationToken);
    }

    public async Task<IActionResult> OnPostCopyAsync(Guid key, string? target, bool descendants, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        State.PostedTargets["copy"] = target?.Trim() ?? string.Empty;
        if (!PickerField.TryParse(target, out var parent))
        {
            return await RefuseTargetAsync(target!, cancellationToken);
        }

        var result = await editor.CopyAsync(key, parent, descendants, State.User.Email, cancellationToken);
        if (result.Success && result.Value is { } copy)
        {
            await audit.WriteAsync(State.User.Email, "Copy", copy.Key, details: $"from {key}", cancellationToken: cancellationToken);
            return LocalRedirect($"/umbraco/content/edit/{copy.Key}?m=done");
        }

        return await FinishAsync(result, "Copy", null, cancellationToken);
    }

    public async Task<IActionResult> OnPostTrashAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var parent = State.Item.ParentKey;
        var result = await content.TrashAsync(key, State.User.Email, cancellationToken);
        if (!result.Success)
        {
            return await FinishAsync(result, "Trash", null, cancellationToken);
        }

        await audit.WriteAsync(State.User.Email, "Trash", key, details: parent?.ToString(), cancellationToken: cancellationToken);
        return LocalRedirect(parent is null ? "/umbraco/content" : $"/umbraco/content/edit/{parent}");
    }

    /// <summary>
    /// Sorts the children: one step ("child" and "direction" up/down, the buttons) or a whole new order ("order", one
    /// key per child, posted by drag and drop), which must name exactly the current children.
    /// </summary>
    public async Task<IActionResult> OnPostSortAsync(Guid key, Guid child, string? direction, Guid[]? order, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        // Every child, not the page the editor showed: a step is taken in the whole order.
        var current = (await tree.ChildrenAsync(key, State.User.UiCulture, cancellationToken)).Select(c => c.Key).ToList();
        List<Guid> sorted;
        if (order is { Length: > 0 })
        {
            if (order.Length != current.Count || !order.ToHashSet().SetEquals(current))
            {
                return BadRequest();
            }

            sorted = [.. order];
        }
        else
        {
            sorted = current;
            var index = sorted.IndexOf(child);
            var swap = direction == "up" ? index - 1 : index + 1;
            if (index < 0 || swap < 0 || swap >= sorted.Count)
            {
                return BadRequest();
            }

            (sorted[index], sorted[swap]) = (sorted[swap], sorted[index]);
        }

        var result = await content.SortAsync(key, sorted, State.User.Email, cancellationToken);
        return await FinishAsync(result, "Sort", null, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Guid key, string action, string message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        if (await editor.SaveAsync(State, form, action, cancellationToken))
        {
            return LocalRedirect($"/umbraco/content/edit/{key}?m={message}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await editor.FillAsync(State, cancellationToken);
        return Page();
    }

    /// <summary>A target typed without scripts that is not a key: said beside the field, nothing moves (never "to the root").</summary>
    private async Task<IActionResult> RefuseTargetAsync(string raw, CancellationToken cancellationToken)
    {
        State.Errors.Add(PickerField.InvalidKeyError("target", raw));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await editor.FillAsync(State, cancellationToken);
        return Page();
    }

    private async Task<IActionResult> FinishAsync(OperationResult result, string action, string? details, CancellationToken cancellationToken)
    {
        if (result.Success)
        {
            await audit.WriteAsync(State.User.Email, action, State.Item.Key, details: details, cancellationToken: cancellationToken);
            return LocalRedirect($"/umbraco/content/edit/{State.Item.Key}?m=done");
        }

        State.Errors.AddRange(result.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await editor.FillAsync(State, cancellationToken);
        return Page();
    }

    /// <summary>Posts load without the page's lists (<see cref="ContentEditor.LoadAsync"/>) and fill them only to render a failure.</summary>
    private async Task<bool> LoadAsync(Guid key, CancellationToken cancellationToken, bool fill = false)
    {
        var state = await editor.LoadAsync(key, BackOfficeUserContext.From(User), cancellationToken, fill);
        if (state is null)
        {
            return false;
        }

        State = state;
        return true;
    }
}
