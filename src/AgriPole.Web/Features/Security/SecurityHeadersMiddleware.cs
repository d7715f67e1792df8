using Microsoft.Extensions.Primitives;

namespace AgriPole.Web.Features.Security;

/// <summary>
/// Adds the security headers to every response. They are set when the response starts, so responses re-executed by the
/// exception handler or the status code pages (which clear headers) still carry them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public static readonly StringValues ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

    public static readonly StringValues PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues ReferrerPolicy = "strict-origin-when-cross-origin";
    private static readonly StringValues SameOrigin = "SAMEORIGIN";

    private static readonly Func<object, Task> AddHeaders = static state =>
    {
        var headers = ((HttpResponse)state).Headers;

        // An endpoint that set its own, stricter policy keeps it: media files are sent with a sandboxing CSP
        // (MediaRequestHandler), which the site's policy used to overwrite.
        if (StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = NoSniff;
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers.XFrameOptions = SameOrigin;
        headers["Permissions-Policy"] = PermissionsPolicy;
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(AddHeaders, context.Response);
        return next(context);
    }
}
