using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Rendering;
using AgriPole.Cms.Forms.Submissions;
using AgriPole.Cms.Forms.Validation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Newsletter;

/// <summary>
/// The subscriber's links: confirming a sign-up (double opt-in) and unsubscribing. Each GET shows a button and only the
/// POST acts, so mail scanners that open links neither subscribe nor unsubscribe anyone. Pages answer in the
/// subscriber's language; a bad link gets a 400 page that says what to do, and changes nothing.
/// </summary>
public static class NewsletterEndpoints
{
    private const string UnsubscribePath = "/umbraco/forms/newsletter/unsubscribe";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/newsletter/confirm", ShowConfirmAsync);
        group.MapPost("/newsletter/confirm", ConfirmAsync);
        group.MapGet("/newsletter/unsubscribe", ShowUnsubscribe);
        group.MapPost("/newsletter/unsubscribe", UnsubscribeAsync);
    }

    private static async Task<IResult> ShowConfirmAsync(string? token, HttpContext context, NewsletterService newsletter, IAntiforgery antiforgery)
    {
        var pending = await newsletter.FindAsync(token, context.RequestAborted);
        var culture = FormCultures.Normalize(pending?.Culture ?? AcceptedCulture(context));
        var title = FormMessages.NewsletterConfirmTitle.Get(culture);
        if (pending is null)
        {
            return FormPageShell.Message(culture, title, FormMessages.NewsletterLinkInvalid.Get(culture), StatusCodes.Status400BadRequest);
        }

        if (pending.Confirmed)
        {
            // Following the link again: it worked the first time, say so.
            return FormPageShell.Message(culture, title, FormMessages.NewsletterConfirmed.Get(culture), StatusCodes.Status200OK, Home(culture));
        }

        var body = new HtmlContentBuilder()
            .AppendHtml("<h1>").Append(title).AppendHtml("</h1>")
            .AppendHtml(PostForm(context, antiforgery, "/umbraco/forms/newsletter/confirm", ("token", token!), ("culture", culture)))
            .AppendHtml("<p>").Append(pending.Email).AppendHtml("</p><button type=\"submit\" class=\"button\">")
            .Append(FormMessages.NewsletterConfirmButton.Get(culture)).AppendHtml("</button></form>");
        return FormPageShell.Page(culture, title, body);
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, NewsletterService newsletter, IAntiforgery antiforgery, IOptionsMonitor<FormsSettings> settings)
    {
        var form = await ReadFormAsync(context, antiforgery);
        var confirmed = await newsletter.ConfirmAsync(form?["token"].ToString(), settings.CurrentValue.LinkBase(context.Request), context.RequestAborted);
        var culture = FormCultures.Normalize(confirmed?.Culture ?? AcceptedCulture(context));
        var title = FormMessages.NewsletterConfirmTitle.Get(culture);
        if (confirmed is null)
        {
            return FormPageShell.Message(culture, title, FormMessages.NewsletterLinkInvalid.Get(culture), StatusCodes.Status400BadRequest);
        }

        var body = new HtmlContentBuilder()
            .AppendHtml("<h1>").Append(title).AppendHtml("</h1><div role=\"status\" tabindex=\"-1\" autofocus><p>")
            .Append(FormMessages.NewsletterConfirmed.Get(culture)).AppendHtml("</p><p>")
            .Append(FormMessages.NewsletterUnsubscribeHint.Get(culture)).AppendHtml(" <a href=\"")
            .Append(newsletter.UnsubscribeLink(string.Empty, confirmed.Email, culture)).AppendHtml("\">")
            .Append(FormMessages.NewsletterUnsubscribeTitle.Get(culture)).AppendHtml("</a></p></div>");
        return FormPageShell.Page(culture, title, body, StatusCodes.Status200OK, Home(culture));
    }

    /// <summary>With a token: the address and a button. Without one (the link was lost): a field to ask for a new link.</summary>
    private static IResult ShowUnsubscribe(string? token, string? culture, HttpContext context, NewsletterService newsletter, IAntiforgery antiforgery)
    {
        culture = FormCultures.Normalize(culture ?? AcceptedCulture(context));
        if (string.IsNullOrEmpty(token))
        {
            return AskPage(context, antiforgery, culture, null, null, StatusCodes.Status200OK);
        }

        var email = newsletter.ReadUnsubscribeToken(token);
        if (email is null)
        {
            return AskPage(context, antiforgery, culture, FormMessages.NewsletterUnsubscribeLinkInvalid.Get(culture), null, StatusCodes.Status400BadRequest);
        }

        var title = FormMessages.NewsletterUnsubscribeTitle.Get(culture);
        var body = new HtmlContentBuilder()
            .AppendHtml("<h1>").Append(title).AppendHtml("</h1>")
            .AppendHtml(PostForm(context, antiforgery, UnsubscribePath, ("token", token), ("culture", culture)))
            .AppendHtml("<p>").Append(email).AppendHtml("</p><button type=\"submit\" class=\"button\">")
            .Append(FormMessages.NewsletterUnsubscribeButton.Get(culture)).AppendHtml("</button></form>");
        return FormPageShell.Page(culture, title, body);
    }

    private static async Task<IResult> UnsubscribeAsync(
        HttpContext context,
        NewsletterService newsletter,
        FormsRateLimiter rateLimiter,
        IAntiforgery antiforgery,
        IOptionsMonitor<FormsSettings> settings)
    {
        var form = await ReadFormAsync(context, antiforgery);
        var culture = FormCultures.Normalize(form?["culture"].ToString() is { Length: > 0 } c ? c : AcceptedCulture(context));
        var title = FormMessages.NewsletterUnsubscribeTitle.Get(culture);
        if (form is null)
        {
            return AskPage(context, antiforgery, culture, FormMessages.SessionExpired.Get(culture), null, StatusCodes.Status400BadRequest);
        }

        var token = form["token"].ToString();
        if (token.Length > 0)
        {
            var email = newsletter.ReadUnsubscribeToken(token);
            if (email is null)
            {
                return AskPage(context, antiforgery, culture, FormMessages.NewsletterUnsubscribeLinkInvalid.Get(culture), null, StatusCodes.Status400BadRequest);
            }

            // Idempotent: a second click says the same, the address is gone either way.
            await newsletter.UnsubscribeAsync(email, context.RequestAborted);
            return FormPageShell.Message(culture, title, FormMessages.NewsletterUnsubscribed.Get(culture), StatusCodes.Status200OK, Home(culture));
        }

        var address = form["email"].ToString().Trim();
        if (!FormValidator.IsEmail(address))
        {
            return AskPage(context, antiforgery, culture, null, FormMessages.NewsletterUnsubscribeEmailInvalid.Get(culture), StatusCodes.Status400BadRequest, address);
        }

        // Over the per-IP limit nothing is sent, and the answer is the same: the form reveals nothing to a flood.
        if (await rateLimiter.TryAcquireAsync(context))
        {
            await newsletter.RequestUnsubscribeLinkAsync(address, culture, settings.CurrentValue.LinkBase(context.Request), context.RequestAborted);
        }

        return FormPageShell.Message(culture, title, FormMessages.NewsletterUnsubscribeSent.Get(culture), StatusCodes.Status200OK, Home(culture));
    }

    private static IResult AskPage(HttpContext context, IAntiforgery antiforgery, string culture, string? pageError, string? fieldError, int statusCode, string? value = null)
    {
        var title = FormMessages.NewsletterUnsubscribeTitle.Get(culture);
        var body = new HtmlContentBuilder().AppendHtml("<h1>").Append(title).AppendHtml("</h1>");
        if (pageError is not null)
        {
            body.AppendHtml("<div role=\"alert\" tabindex=\"-1\" autofocus><p>").Append(pageError).AppendHtml("</p></div>");
        }

        body.AppendHtml("<p id=\"unsubscribe-help\">").Append(FormMessages.NewsletterUnsubscribeAsk.Get(culture)).AppendHtml("</p>")
            .AppendHtml(PostForm(context, antiforgery, UnsubscribePath, ("culture", culture)))
            .AppendHtml("<div class=\"form__field\"><label for=\"unsubscribe-email\">").Append(FormMessages.NewsletterUnsubscribeEmailLabel.Get(culture))
            .AppendHtml("</label>");
        if (fieldError is not null)
        {
            body.AppendHtml("<p class=\"form__error\" id=\"unsubscribe-email-error\">").Append(fieldError).AppendHtml("</p>");
        }

        body.AppendHtml("<input id=\"unsubscribe-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required maxlength=\"254\" aria-describedby=\"")
            .Append(fieldError is null ? "unsubscribe-help" : "unsubscribe-help unsubscribe-email-error").AppendHtml("\"")
            .AppendHtml(fieldError is null ? string.Empty : " aria-invalid=\"true\" autofocus").AppendHtml(" value=\"").Append(value ?? string.Empty)
            .AppendHtml("\"></div><button type=\"submit\" class=\"button\">").Append(FormMessages.NewsletterUnsubscribeSendButton.Get(culture))
            .AppendHtml("</button></form>");
        return FormPageShell.Page(culture, title, body, statusCode);
    }

    /// <summary>The opening tag of a POST form with the antiforgery field and the given hidden fields (values encoded).</summary>
    private static IHtmlContent PostForm(HttpContext context, IAntiforgery antiforgery, string action, params (string Name, string Value)[] hidden)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = new HtmlContentBuilder().AppendHtml("<form method=\"post\" action=\"").Append(action).AppendHtml("\">")
            .AppendHtml("<input type=\"hidden\" name=\"").Append(tokens.FormFieldName).AppendHtml("\" value=\"").Append(tokens.RequestToken ?? string.Empty).AppendHtml("\">");
        foreach (var (name, value) in hidden)
        {
            html.AppendHtml("<input type=\"hidden\" name=\"").Append(name).AppendHtml("\" value=\"").Append(value).AppendHtml("\">");
        }

        return html;
    }

    /// <summary>The posted form once antiforgery holds; null for a forged, expired or unreadable post.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        }
        catch (Exception ex) when (ex is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }

    private static string AcceptedCulture(HttpContext context) => context.Request.Headers.AcceptLanguage.ToString().Split(',')[0];

    private static string Home(string culture) => culture == "en-US" ? "/en/" : "/";
}
