using System.Globalization;
using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Media;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Media;

/// <summary>
/// One media item: replace its file, set the focal point (click on the image with the client script, or the two
/// number inputs), preview and adjust every named crop of the media picker data types (four number inputs, or a
/// frame drawn on the image with the script; reset returns to the focal-point default) and the alternative text per
/// language.
/// </summary>
public sealed class EditModel(IMediaService media, IImageUrlGenerator urls, ICmsDefinitions definitions) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public MediaItem Item { get; private set; } = null!;

    public MediaText M { get; private set; } = null!;

    public sealed record CropView(CropArea.Definition Crop, string Url, CropCoordinates Shown, bool Custom);

    public IReadOnlyList<CropView> CropPreviews { get; private set; } = [];

    public IReadOnlyList<Language> Languages => definitions.Languages;

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

    public async Task<IActionResult> OnPostCropAsync(Guid key, string? alias, string? x1, string? y1, string? x2, string? y2, bool reset, CancellationToken cancellationToken)
    {
        Init();
        var item = await media.GetByIdAsync(key, cancellationToken);
        if (item is null || item.Trashed || item.MediaTypeAlias != "Image")
        {
            return NotFound();
        }

        var configured = CropArea.Configured(definitions);
        if (configured.Find(c => string.Equals(c.Alias, alias, StringComparison.Ordinal)) is not { } crop)
        {
            Errors.Add(M["crop.unknown"]);
            return await FailAsync(key, cancellationToken);
        }

        CropCoordinates? coordinates = null;
        if (!reset && CropArea.TryParse(x1, y1, x2, y2, out coordinates) is { } problem)
        {
            Errors.Add($"{crop.Alias}: {M[problem]}");
            return await FailAsync(key, cancellationToken);
        }

        // Umbraco's ImageCropper value: every crop keeps alias, size and its coordinates (none = the focal-point default).
        var crops = item.Crops.Where(c => !string.Equals(c.Alias, crop.Alias, StringComparison.Ordinal)).ToList();
        if (coordinates is not null)
        {
            crops.Add(new ImageCrop(crop.Alias, crop.Width, crop.Height, coordinates));
        }

        crops = [.. crops.OrderBy(c => configured.FindIndex(d => d.Alias == c.Alias) is var i and >= 0 ? i : int.MaxValue)];
        var result = await media.SetCropsAsync(key, crops, User.Email, cancellationToken);
        return await AfterAsync(result, key, cancellationToken);
    }

    public async Task<IActionResult> OnPostAltAsync(Guid key, [FromForm] Dictionary<string, string?>? alt, CancellationToken cancellationToken)
    {
        Init();
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in definitions.Languages)
        {
            var text = alt is not null && alt.TryGetValue(language.IsoCode, out var v) ? v : null;
            if (text?.Length > 500)
            {
                Errors.Add(M["alt.tooLong"]);
                return await FailAsync(key, cancellationToken);
            }

            values[language.IsoCode] = text;
        }

        var result = await media.SetAltTextAsync(key, values, User.Email, cancellationToken);
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
        M = new MediaText(User.UiCulture);
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
            CropPreviews = CropArea.Configured(definitions)
                .Select(c => (Crop: c, Url: urls.GetUrl(item, new ImageUrlOptions { CropAlias = c.Alias, Width = Math.Min(c.Width, 400) }),
                    Stored: item.Crops.Find(s => string.Equals(s.Alias, c.Alias, StringComparison.Ordinal))?.Coordinates))
                .Where(c => c.Url is not null)
                .Select(c => new CropView(c.Crop, c.Url!,
                    c.Stored ?? CropArea.Default(item.Width ?? 1, item.Height ?? 1, c.Crop.Width, c.Crop.Height, item.FocalPoint), c.Stored is not null))
                .ToList();
        }

        return Page();
    }
}
