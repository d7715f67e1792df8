using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.BackOffice.Pickers;
using AgriPole.Cms.BackOffice.Media;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Media;

/// <summary>
/// The media library: one folder's items, create folder, multi-file upload (a plain multipart form; the client script
/// adds drag and drop with progress on top of the same handler), rename, move, trash and the media recycle bin (restore; permanent deletion for Editors and
/// Administrators through <see cref="DeleteModel"/>).
/// </summary>
public sealed class IndexModel(IMediaService media, PickerSource pickers) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public Guid? Folder { get; private set; }

    public IReadOnlyList<MediaItem> Breadcrumb { get; private set; } = [];

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public IReadOnlyList<MediaItem> Trashed { get; private set; } = [];

    /// <summary>Name and path of the folders the page's items sit in (what each move field shows before a choice).</summary>
    public IReadOnlyDictionary<Guid, PickerItem> Folders { get; private set; } = new Dictionary<Guid, PickerItem>();

    public EditorText Text => new(User.UiCulture);

    public List<string> Errors { get; } = [];

    public string? Message { get; private set; }

    public MediaText M { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? folder, int? uploaded, int? deleted, CancellationToken cancellationToken)
    {
        Init();
        if (uploaded is > 0)
        {
            Message = User.Text.Format("media.uploaded", uploaded.Value);
        }
        else if (deleted is >= 0)
        {
            Message = M.Format("delete.done", deleted.Value);
        }

        return await ShowAsync(folder, cancellationToken);
    }

    public async Task<IActionResult> OnPostFolderAsync(Guid? folder, string? name, CancellationToken cancellationToken)
    {
        Init();
        var result = await media.CreateFolderAsync(name ?? string.Empty, folder, User.Email, cancellationToken);
        return await AfterAsync(result, folder, cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid? folder, List<IFormFile>? files, CancellationToken cancellationToken)
    {
        Init();
        var list = files?.Where(f => f.Length > 0).ToList() ?? [];
        if (list.Count == 0)
        {
            Errors.Add(User.Text["media.noFile"]);
            return await FailAsync(folder, cancellationToken);
        }

        var count = 0;
        foreach (var file in list)
        {
            await using var stream = file.OpenReadStream();
            var result = await media.UploadAsync(stream, file.FileName, folder, performingUser: User.Email, cancellationToken: cancellationToken);
            if (result.Success)
            {
                count++;
            }
            else
            {
                Errors.AddRange(result.Errors.Select(e => $"{file.FileName}: {e.Message.Get(User.UiCulture)}"));
            }
        }

        if (Errors.Count > 0)
        {
            return await FailAsync(folder, cancellationToken);
        }

        return LocalRedirect(FolderUrl(folder) + (folder is null ? "?" : "&") + "uploaded=" + count);
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid? folder, Guid key, string? name, CancellationToken cancellationToken)
    {
        Init();
        var result = await media.RenameAsync(key, name ?? string.Empty, User.Email, cancellationToken);
        return await AfterAsync(result, folder, cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid? folder, Guid key, string? target, CancellationToken cancellationToken)
    {
        Init();
        if (!PickerField.TryParse(target, out var parent))
        {
            Errors.Add(PickerField.InvalidKeyError("target", target!).Message.Get(User.UiCulture));
            return await FailAsync(folder, cancellationToken);
        }

        var result = await media.MoveAsync(key, parent, User.Email, cancellationToken);
        return await AfterAsync(result, folder, cancellationToken);
    }

    public async Task<IActionResult> OnPostTrashAsync(Guid? folder, Guid key, CancellationToken cancellationToken)
    {
        Init();
        var result = await media.TrashAsync(key, User.Email, cancellationToken);
        return await AfterAsync(result, folder, cancellationToken);
    }

    /// <summary>
    /// Restores to the original folder (the root when it is gone, as <see cref="IMediaService.RestoreAsync"/> does), or
    /// into <paramref name="target"/>: the service takes no target, so the restored item is then moved there (a refused
    /// move leaves it restored where the service put it, and says why).
    /// </summary>
    public async Task<IActionResult> OnPostRestoreAsync(Guid? folder, Guid key, string? target, CancellationToken cancellationToken)
    {
        Init();
        if (!PickerField.TryParse(target, out var parent))
        {
            Errors.Add(PickerField.InvalidKeyError("target", target!).Message.Get(User.UiCulture));
            return await FailAsync(folder, cancellationToken);
        }

        if (parent is { } p && pickers.DescribeMedia([p], PickerKind.Folder).GetValueOrDefault(p) is not { Pickable: true })
        {
            Errors.Add(Text.Format("picker.notFound", p));
            return await FailAsync(folder, cancellationToken);
        }

        var result = await media.RestoreAsync(key, User.Email, cancellationToken);
        if (result.Success && parent is { } into && (await media.GetByIdAsync(key, cancellationToken))?.ParentKey != into)
        {
            result = await media.MoveAsync(key, into, User.Email, cancellationToken);
        }

        return await AfterAsync(result, folder, cancellationToken);
    }

    public static string FolderUrl(Guid? folder) => folder is { } f ? $"/umbraco/media?folder={f}" : "/umbraco/media";

    public static string FormatBytes(long? bytes) => bytes switch
    {
        null => string.Empty,
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB".Replace(',', '.'),
        _ => $"{bytes / (1024.0 * 1024.0):0.#} MB".Replace(',', '.'),
    };

    private void Init()
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        M = new MediaText(User.UiCulture);
    }

    private async Task<IActionResult> AfterAsync(OperationResult result, Guid? folder, CancellationToken cancellationToken)
    {
        if (result.Success)
        {
            return LocalRedirect(FolderUrl(folder));
        }

        Errors.AddRange(result.Errors.Select(e => e.Message.Get(User.UiCulture)));
        return await FailAsync(folder, cancellationToken);
    }

    private async Task<IActionResult> FailAsync(Guid? folder, CancellationToken cancellationToken)
    {
        await ShowAsync(folder, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Guid? folder, CancellationToken cancellationToken)
    {
        if (folder is { } f)
        {
            var current = await media.GetByIdAsync(f, cancellationToken);
            if (current is null || current.Trashed || current.MediaTypeAlias != "Folder")
            {
                return NotFound();
            }

            var crumbs = new List<MediaItem> { current };
            var parent = current.ParentKey;
            while (parent is { } p && crumbs.Count < 50 && await media.GetByIdAsync(p, cancellationToken) is { } up)
            {
                crumbs.Insert(0, up);
                parent = up.ParentKey;
            }

            Breadcrumb = crumbs;
        }

        Folder = folder;
        Items = await media.GetChildrenAsync(folder, cancellationToken);
        Trashed = await media.GetTrashedAsync(cancellationToken);
        Folders = pickers.DescribeMedia(Items.Select(i => i.ParentKey).OfType<Guid>(), PickerKind.Folder);
        return Page();
    }

    /// <summary>The move field of an item: its folder now, empty for the root.</summary>
    public PickerField MoveField(MediaItem item) =>
        new(PickerKind.Folder, $"move-{item.Key:N}", "target", item.ParentKey?.ToString() ?? string.Empty, item.ParentKey is { } p ? Folders.GetValueOrDefault(p) : null, User.Text["media.root"], Text);

    /// <summary>The restore field of a trashed item: empty restores to its original folder (or the root when that is gone).</summary>
    public PickerField RestoreField(MediaItem item) =>
        new(PickerKind.Folder, $"restore-{item.Key:N}", "target", string.Empty, null, Text["picker.originalPlace"], Text);
}
