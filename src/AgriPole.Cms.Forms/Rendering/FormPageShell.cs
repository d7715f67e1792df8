using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.Forms.Rendering;

/// <summary>
/// A minimal page (the site's stylesheet, a main landmark) for what the forms endpoints answer themselves: a form
/// shown again with its errors, a confirmation without a page to go back to, the newsletter confirmation.
/// </summary>
public static class FormPageShell
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Page(string culture, string title, IHtmlContent body, int statusCode = StatusCodes.Status200OK, string? backUrl = null)
    {
        var sb = new StringBuilder(8192);
        sb.Append("<!DOCTYPE html><html lang=\"").Append(Encoder.Encode(culture)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(Encoder.Encode(title)).Append("</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>")
            .Append("<body><main id=\"main\" class=\"container form-page\">");
        using (var writer = new StringWriter(sb))
        {
            body.WriteTo(writer, Encoder);
        }

        if (backUrl is not null)
        {
            sb.Append("<p class=\"form-page__back\"><a href=\"").Append(Encoder.Encode(backUrl)).Append("\">")
                .Append(Encoder.Encode(Validation.FormMessages.BackToForm.Get(culture))).Append("</a></p>");
        }

        sb.Append("</main></body></html>");
        return new ShellResult(sb.ToString(), statusCode);
    }

    public static IResult Message(string culture, string title, string message, int statusCode, string? backUrl = null) =>
        Page(culture, title, new HtmlString("<h1>" + Encoder.Encode(title) + "</h1><div role=\"alert\" tabindex=\"-1\" autofocus><p>" + Encoder.Encode(message) + "</p></div>"), statusCode, backUrl);

    private sealed class ShellResult(string html, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            httpContext.Response.ContentType = "text/html; charset=utf-8";

            // Pages with a visitor's answers or tokens are never stored by shared caches.
            httpContext.Response.Headers.CacheControl = "no-store";
            return httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}
