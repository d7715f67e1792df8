using Microsoft.AspNetCore.Html;

namespace AgriPole.Web.Features.Forms;

/// <summary>
/// Renders a form definition (picked with AgriPole.FormPicker) inside a page. Optional: the forms feature registers an
/// implementation; until it does, form blocks render nothing. Pages that render a form are never output-cached
/// (forms carry per-visitor antiforgery tokens).
/// </summary>
public interface IFormRenderer
{
    Task<IHtmlContent> RenderAsync(FormRenderRequest request, CancellationToken cancellationToken);
}
