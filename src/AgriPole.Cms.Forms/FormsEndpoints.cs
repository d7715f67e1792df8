using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Rendering;
using AgriPole.Cms.Forms.Submissions;
using AgriPole.Cms.Forms.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgriPole.Cms.Forms;

/// <summary>The visitor-facing routes under /umbraco/forms: post, standalone form page, confirmation, newsletter link.</summary>
public static class FormsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Antiforgery is validated inside the handlers, which answer a failure with a page in the visitor's language.
        var group = app.MapGroup("/umbraco/forms").DisableAntiforgery();
        group.MapPost("/submit/{alias}", (string alias, HttpContext context, FormPostHandler handler) => handler.HandleAsync(alias, context));
        group.MapGet("/form/{alias}", ShowForm);
        group.MapGet("/thanks/{alias}", Thanks);
        NewsletterEndpoints.Map(group);
    }

    /// <summary>A form on its own page (for links from mails, pages without the site layout, and API clients that need a token).</summary>
    private static IResult ShowForm(string alias, string? culture, Guid? page, HttpContext context, IFormHtmlRenderer renderer, IFormDefinitions definitions)
    {
        culture = FormCultures.Normalize(culture);
        var form = definitions.Find(alias);
        if (form is null || renderer.Render(form.Alias, culture, page, context, headingLevel: 1) is not { } html)
        {
            return FormPageShell.Message(culture, FormMessages.FormNotFound.Get(culture), FormMessages.FormNotFound.Get(culture), StatusCodes.Status404NotFound);
        }

        return FormPageShell.Page(culture, form.Name.Get(culture), html);
    }

    private static IResult Thanks(string alias, string? culture, IFormDefinitions definitions)
    {
        culture = FormCultures.Normalize(culture);
        var form = definitions.Find(alias);
        if (form is null)
        {
            return FormPageShell.Message(culture, FormMessages.FormNotFound.Get(culture), FormMessages.FormNotFound.Get(culture), StatusCodes.Status404NotFound);
        }

        var title = form.Name.Get(culture);
        var body = new HtmlContentBuilder()
            .AppendHtml("<h1>").Append(title).AppendHtml("</h1><div class=\"form__confirmation\" role=\"status\" tabindex=\"-1\" autofocus><p>")
            .Append(form.ConfirmationMessage.Get(culture)).AppendHtml("</p></div>");
        return FormPageShell.Page(culture, title, body, backUrl: culture == "en-US" ? "/en/" : "/");
    }
}
