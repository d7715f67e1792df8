using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>
/// The draft of a page in a culture, from the preview snapshot, clearly marked; never cached and never indexed.
/// Known debt: rendered with a simple template, not the public site's document-type views.
/// </summary>
public sealed class PreviewModel(IPublishedSnapshotService snapshots, ICmsDefinitions definitions, RichTextSanitizer sanitizer) : PageModel
{
    public PublishedContent? Node { get; private set; }

    public string Culture { get; private set; } = "fr-FR";

    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store, private";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Culture = definitions.GetLanguage(culture ?? string.Empty)?.IsoCode ?? definitions.DefaultLanguage.IsoCode;
        var preview = await snapshots.CreatePreviewSnapshotAsync(cancellationToken);
        Node = preview.GetById(key);
        return Node is null || !Node.IsPublishedIn(Culture) ? NotFound() : Page();
    }

    /// <summary>Rich text is sanitised on save; again on output, in case it was written some other way.</summary>
    public string SafeHtml(string? html, DataType dataType) => sanitizer.Sanitize(html, dataType);
}
