using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AgriPole.Web.Features.Errors;

/// <summary>
/// What visitors get when something fails outside Development: a plain HTML page, or ProblemDetails for API callers.
/// Never a stack trace or exception message. Reads nothing from the content snapshot (it may be what failed).
/// </summary>
public static class ErrorResponses
{
    public static async Task HandleExceptionAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await WriteAsync(context, StatusCodes.Status500InternalServerError);
    }

    /// <summary>For responses that end with an error status and no body (405, 400 from the server, ...).</summary>
    public static Task HandleStatusCodeAsync(StatusCodeContext statusContext) =>
        WriteAsync(statusContext.HttpContext, statusContext.HttpContext.Response.StatusCode);

    public static bool WantsProblemDetails(HttpRequest request) =>
        request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteAsync(HttpContext context, int status)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (WantsProblemDetails(context.Request))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            var written = await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = status, Title = ReasonPhrase(status) },
            });
            if (written)
            {
                return;
            }

            // No ProblemDetails writer accepts what the client asked for: fall through to the HTML page.
        }

        var english = context.Request.Path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
        var (lang, title, home, homeUrl) = status switch
        {
            >= 500 when english => ("en", "Sorry, something went wrong. Please try again later.", "Home", "/en/"),
            >= 500 => ("fr", "Désolé, une erreur est survenue. Merci de réessayer plus tard.", "Accueil", "/"),
            _ when english => ("en", $"Error {status}: {ReasonPhrase(status)}", "Home", "/en/"),
            _ => ("fr", $"Erreur {status} : {ReasonPhrase(status)}", "Accueil", "/"),
        };
        var html = $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
            + $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head>"
            + $"<body><main><h1>{title}</h1><p><a href=\"{homeUrl}\">{home}</a></p></main></body></html>";
        response.ContentType = "text/html; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(html);
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes);
        }
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
