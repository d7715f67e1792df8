using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.Forms.Rendering;

/// <summary>
/// Renders a form as plain HTML that works without JavaScript: antiforgery token, anti-spam fields, labels, help and
/// (after a failed post) an error summary and per-field errors. When the page is shown after a successful post
/// (?formSubmitted={alias}), the confirmation message is rendered instead.
/// </summary>
public interface IFormHtmlRenderer
{
    /// <summary>Null when <paramref name="formAlias"/> names no form (the page then shows nothing).</summary>
    /// <param name="headingLevel">The form title's heading level: 2 inside a page, 1 when the form is the page.</param>
    IHtmlContent? Render(string formAlias, string culture, Guid? pageKey, HttpContext httpContext, FormRenderState? state = null, int headingLevel = 2);
}
