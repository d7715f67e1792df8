using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.BackOffice.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>/umbraco/login: one answer for every failure (unknown user, wrong password, locked account).</summary>
public sealed class LoginModel(BackOfficeSignIn signIn, LoginRateLimiter limiter) : PageModel
{
    public BackOfficeText Text { get; private set; } = new("fr-FR");

    public string? Message { get; private set; }

    public string ReturnUrl { get; private set; } = Security.ReturnUrl.Default;

    public string? Email { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Text = PickText();
        ReturnUrl = Security.ReturnUrl.Sanitize(returnUrl);
        Response.Headers.CacheControl = "no-store";
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        Text = PickText();
        ReturnUrl = Security.ReturnUrl.Sanitize(returnUrl);
        Response.Headers.CacheControl = "no-store";
        if (!await limiter.TryAcquireAsync(HttpContext))
        {
            Response.Headers.RetryAfter = "60";
            Message = Text["login.throttled"];
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        if (await signIn.SignInAsync(HttpContext, email, password))
        {
            return LocalRedirect(ReturnUrl);
        }

        // Same page, same status and same message whatever went wrong; the e-mail is echoed as typed either way.
        Email = email?.Length > 256 ? null : email;
        Message = Text["login.failed"];
        return Page();
    }

    private BackOfficeText PickText() =>
        new(Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "fr-FR");
}
