using AgriPole.Cms.Forms.Rendering;
using Microsoft.AspNetCore.Html;

namespace AgriPole.Web.Features.Forms;

/// <summary>Plugs the forms feature (AgriPole.Cms.Forms) into the site's form placements (contactPage.form, formBlock).</summary>
public sealed class CmsFormRenderer(IFormHtmlRenderer renderer) : IFormRenderer
{
    public Task<IHtmlContent> RenderAsync(FormRenderRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(renderer.Render(request.FormAlias, request.Culture, request.Page.Key, request.HttpContext) ?? HtmlString.Empty);
}
