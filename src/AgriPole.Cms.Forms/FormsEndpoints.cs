using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Rendering;
using AgriPole.Cms.Forms.Submissions;
using AgriPole.Cms.Forms.Validation;
using Microsoft.AspNetCore.Antiforgery;
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
        group.MapGet("/newsletter/confirm", ShowNewsletterConfirmAsync);
        group.MapPost("/newsletter/confirm", ConfirmNewsletterAsync);
    }

    /// <summary>A form on its own page (for links from mails, pages without the site layout, and API clients that need a token).</summary>
    private static IResult ShowForm(string alias, string? culture, Guid? page, HttpContext context, IFormHtmlRenderer renderer, IFormDefinitions definitions)
    {
        culture = FormCultures.Normalize(culture);
        var form = definitions.Find(alias);
        if (form is null || renderer.Render(form.Alias, culture, page, context) is not { } html)
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

    /// <summary>
    /// The link in the mail lands here and shows a button: confirming takes a POST, so mail scanners that open links
    /// do not subscribe people by themselves.
    /// </summary>
    private static async Task<IResult> ShowNewsletterConfirmAsync(string? token, HttpContext context, NewsletterService newsletter, IAntiforgery antiforgery)
    {
        var pending = await newsletter.FindAsync(token, context.RequestAborted);
        var culture = FormCultures.Normalize(pending?.Culture ?? context.Request.Headers.AcceptLanguage.ToString().Split(',')[0]);
        var title = FormMessages.NewsletterConfirmTitle.Get(culture);
        if (pending is null)
        {
            return FormPageShell.Message(culture, title, FormMessages.NewsletterLinkInvalid.Get(culture), StatusCodes.Status400BadRequest);
        }

        if (pending.Confirmed)
        {
            // Following the link again: it worked the first time, say so.
            return FormPageShell.Message(culture, title, FormMessages.NewsletterConfirmed.Get(culture), StatusCodes.Status200OK, culture == "en-US" ? "/en/" : "/");
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        var body = new HtmlContentBuilder()
            .AppendHtml("<h1>").Append(title).AppendHtml("</h1><form method=\"post\" action=\"/umbraco/forms/newsletter/confirm\">")
            .AppendHtml("<input type=\"hidden\" name=\"").Append(tokens.FormFieldName).AppendHtml("\" value=\"").Append(tokens.RequestToken ?? string.Empty).AppendHtml("\">")
            .AppendHtml("<input type=\"hidden\" name=\"token\" value=\"").Append(token!).AppendHtml("\">")
            .AppendHtml("<p>").Append(pending.Email).AppendHtml("</p><button type=\"submit\" class=\"button\">")
            .Append(FormMessages.NewsletterConfirmButton.Get(culture)).AppendHtml("</button></form>");
        return FormPageShell.Page(culture, title, body);
    }

    private static async Task<IResult> ConfirmNewsletterAsync(HttpContext context, NewsletterService newsletter, IAntiforgery antiforgery)
    {
        var culture = FormCultures.Normalize(context.Request.Headers.AcceptLanguage.ToString().Split(',')[0]);
        string? token = null;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            token = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(context.RequestAborted))["token"].ToString() : null;
        }
        catch (Exception ex) when (ex is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            token = null;
        }

        var confirmed = await newsletter.ConfirmAsync(token, context.RequestAborted);
        culture = FormCultures.Normalize(confirmed?.Culture ?? culture);
        var title = FormMessages.NewsletterConfirmTitle.Get(culture);
        return confirmed is null
            ? FormPageShell.Message(culture, title, FormMessages.NewsletterLinkInvalid.Get(culture), StatusCodes.Status400BadRequest)
            : FormPageShell.Message(culture, title, FormMessages.NewsletterConfirmed.Get(culture), StatusCodes.Status200OK, culture == "en-US" ? "/en/" : "/");
    }
}
