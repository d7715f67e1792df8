using System.Globalization;
using System.Text.Json;
using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Media;

/// <summary>
/// One media item: replace its file, set the focal point (click on the image with the client script, or the two
/// number inputs) and preview every named crop of the media picker data types with it applied.
/// </summary>
public sealed class EditModel(IMediaService media, IImageUrlGenerator urls, ICmsDefinitions definitions) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public MediaItem Item { get; private set; } = null!;

    public IReadOnlyList<(string Alias, int Width, int Height, string Url)> CropPreviews { get; private set; } = [];

    public string? PreviewUrl { get; private set; }

    public List<string> Errors { get; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, string? m, CancellationToken cancellationToken)
    {
        Init();
        Saved = m == "saved";
        return await ShowAsync(key, cancellationToken);
    }

    public async Task<IActionResult> OnPostFocalAsync(Guid key, string? left, string? top, bool clear, CancellationToken cancellationToken)
    {
        Init();
        FocalPoint? point = null;
        if (!clear)
        {
            if (!TryFraction(left, out var l) || !TryFraction(top, out var tp))
            {
                Errors.Add(User.Text["media.invalidNumber"]);
                return await FailAsync(key, cancellationToken);
            }

            point = new FocalPoint(l, tp);
        }

        var result = await media.SetFocalPointAsync(key, point, User.Email, cancellationToken);
        return await AfterAsync(result, key, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplaceAsync(Guid key, IFormFile? file, CancellationToken cancellationToken)
    {
        Init();
        if (file is null || file.Length == 0)
        {
            Errors.Add(User.Text["media.noFile"]);
            return await FailAsync(key, cancellationToken);
        }

        await using var stream = file.OpenReadStream();
        var result = await media.ReplaceFileAsync(key, stream, file.FileName, User.Email, cancellationToken);
        return await AfterAsync(result, key, cancellationToken);
    }

    // Form values are parsed invariantly (the UI may be French); a comma is accepted as the decimal separator.
    private static bool TryFraction(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value) && value is >= 0 and <= 1;

    private void Init()
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
    }

    private async Task<IActionResult> AfterAsync(OperationResult result, Guid key, CancellationToken cancellationToken)
    {
        if (result.Success)
        {
            return LocalRedirect($"/umbraco/media/edit/{key}?m=saved");
        }

        Errors.AddRange(result.Errors.Select(e => e.Message.Get(User.UiCulture)));
        return await FailAsync(key, cancellationToken);
    }

    private async Task<IActionResult> FailAsync(Guid key, CancellationToken cancellationToken)
    {
        var page = await ShowAsync(key, cancellationToken);
        if (page is PageResult)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return page;
    }

    private async Task<IActionResult> ShowAsync(Guid key, CancellationToken cancellationToken)
    {
        var item = await media.GetByIdAsync(key, cancellationToken);
        if (item is null || item.MediaTypeAlias == "Folder")
        {
            return NotFound();
        }

        Item = item;
        if (item.MediaTypeAlias == "Image")
        {
            PreviewUrl = urls.GetUrl(item, new ImageUrlOptions { Width = Math.Min(item.Width ?? 800, 800), Mode = "max" });
            CropPreviews = Crops()
                .Select(c => (c.Alias, c.Width, c.Height, Url: urls.GetUrl(item, new ImageUrlOptions { CropAlias = c.Alias, Width = Math.Min(c.Width, 400) })))
                .Where(c => c.Url is not null)
                .Select(c => (c.Alias, c.Width, c.Height, c.Url!))
                .ToList();
        }

        return Page();
    }

    // The named crops of the media picker data types (umbraco-config/data-types.json), in their declared order.
    private List<(string Alias, int Width, int Height)> Crops()
    {
        var list = new List<(string, int, int)>();
        foreach (var dataType in definitions.DataTypes.Values.Where(d => d.EditorAlias == PropertyEditorAliases.MediaPicker3))
        {
            if (dataType.Configuration.ValueKind != JsonValueKind.Object
                || !dataType.Configuration.TryGetProperty("crops", out var crops) || crops.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var crop in crops.EnumerateArray())
            {
                if (crop.TryGetProperty("alias", out var a) && a.GetString() is { Length: > 0 } alias
                    && crop.TryGetProperty("width", out var w) && w.TryGetInt32(out var width) && width > 0
                    && crop.TryGetProperty("height", out var h) && h.TryGetInt32(out var height) && height > 0
                    && !list.Exists(c => string.Equals(c.Item1, alias, StringComparison.OrdinalIgnoreCase)))
                {
                    list.Add((alias, width, height));
                }
            }
        }

        return list;
    }
}
