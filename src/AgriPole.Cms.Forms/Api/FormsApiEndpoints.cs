using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Submissions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Api;

/// <summary>
/// The headless forms API, in Umbraco Forms' shape: GET definitions/{id}, POST entries/{id} with
/// { values: { alias: value }, contentId, culture }. Posts need an antiforgery token (header RequestVerificationToken)
/// or the configured Api-Key. Every failure is ProblemDetails with a 4xx.
/// </summary>
public static class FormsApiEndpoints
{
    public const string ApiKeyHeader = "Api-Key";
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/umbraco/forms/api/v1").DisableAntiforgery();
        group.MapGet("/definitions/{id}", GetDefinition);
        group.MapPost("/entries/{id}", PostEntryAsync);
    }

    private static IResult GetDefinition(string id, string? culture, IFormDefinitions definitions, IOptionsMonitor<FormsOptionsSettings> options)
    {
        if (!options.CurrentValue.EnableFormsApi)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", "The forms API is disabled.");
        }

        var form = definitions.Find(id);
        return form is null
            ? Problem(StatusCodes.Status404NotFound, "Form not found", $"No form has the id or alias '{Truncate(id)}'.")
            : Results.Json(FormDefinitionDto.Create(form, FormCultures.Normalize(culture)));
    }

    private static async Task<IResult> PostEntryAsync(
        string id,
        HttpContext context,
        IFormDefinitions definitions,
        IAntiforgery antiforgery,
        FormsRateLimiter rateLimiter,
        ClientIpHasher ipHasher,
        FormSubmissionService submissions,
        IOptionsMonitor<FormsOptionsSettings> options,
        IOptionsMonitor<FormsSecuritySettings> security,
        IOptionsMonitor<FormsSettings> settings,
        ILoggerFactory loggers)
    {
        if (!options.CurrentValue.EnableFormsApi)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", "The forms API is disabled.");
        }

        var form = definitions.Find(id);
        if (form is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Form not found", $"No form has the id or alias '{Truncate(id)}'.");
        }

        if (!await IsAuthorizedAsync(context, antiforgery, security.CurrentValue))
        {
            return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", $"A valid antiforgery token (header RequestVerificationToken) or {ApiKeyHeader} header is required.");
        }

        if (!await rateLimiter.TryAcquireAsync(context))
        {
            context.Response.Headers.RetryAfter = ((int)settings.CurrentValue.RateLimitWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Too many requests", "Too many submissions from this client; retry later.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = FormPostHandler.MaxBodyBytes;
        }

        if (context.Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the entry as application/json.");
        }

        EntryRequest request;
        try
        {
            request = await ReadAsync(context);
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException or InvalidOperationException or IOException)
        {
            loggers.CreateLogger(typeof(FormsApiEndpoints)).LogInformation(ex, "Unreadable API entry for form {Form}", form.Alias);
            return Problem(StatusCodes.Status400BadRequest, "Invalid request body",
                "Expected { \"values\": { \"alias\": \"value\" | [\"value\"] }, \"contentId\": guid, \"culture\": \"fr-FR\" }.");
        }

        var culture = FormCultures.Normalize(request.Culture);
        var token = context.Request.Headers[IdempotencyHeader].ToString();
        token = token.Length is >= 16 and <= 64 && token.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? "api:" + token
            : Guid.NewGuid().ToString("N");
        var baseUrl = settings.CurrentValue.LinkBase(context.Request);
        var outcome = await submissions.SubmitAsync(
            new SubmissionRequest(form, culture, request.ContentId, request.Values, token, ipHasher.Hash(context), baseUrl),
            context.RequestAborted);
        if (!outcome.Accepted)
        {
            var errors = outcome.Validation.Errors
                .GroupBy(e => e.FieldAlias, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.OrdinalIgnoreCase);
            return Results.ValidationProblem(errors, title: culture == "fr-FR" ? "Le formulaire contient des erreurs." : "The entry is not valid.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Accepted(value: new { id = outcome.EntryKey, duplicate = outcome.Duplicate });
    }

    private static async Task<bool> IsAuthorizedAsync(HttpContext context, IAntiforgery antiforgery, FormsSecuritySettings security)
    {
        var configuredKey = security.FormsApiKey;
        var givenKey = context.Request.Headers[ApiKeyHeader].ToString();
        if (!string.IsNullOrEmpty(configuredKey) && givenKey.Length > 0)
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(givenKey), Encoding.UTF8.GetBytes(configuredKey));
        }

        if (!security.EnableAntiForgeryTokenForFormsApi)
        {
            // Umbraco Forms' server-to-server mode: with antiforgery off, the API key (if any) is the only gate.
            return string.IsNullOrEmpty(configuredKey);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task<EntryRequest> ReadAsync(HttpContext context)
    {
        using var doc = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 8 }, context.RequestAborted);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("values missing");
        }

        var raw = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in values.EnumerateObject())
        {
            raw[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => [p.Value.GetString()!],
                JsonValueKind.True => ["true"],
                JsonValueKind.False or JsonValueKind.Null => [],
                JsonValueKind.Number => [p.Value.GetRawText()],
                JsonValueKind.Array => p.Value.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList(),
                _ => throw new JsonException($"unsupported value for '{p.Name}'"),
            };
        }

        Guid? contentId = root.TryGetProperty("contentId", out var c) && c.ValueKind == JsonValueKind.String
            && Guid.TryParse(c.GetString(), CultureInfo.InvariantCulture, out var g) ? g : null;
        var culture = root.TryGetProperty("culture", out var cu) && cu.ValueKind == JsonValueKind.String ? cu.GetString() : null;
        return new EntryRequest(raw, contentId, culture);
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    private static string Truncate(string s) => s.Length > 64 ? s[..64] : s;

    private sealed record EntryRequest(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, Guid? ContentId, string? Culture);
}
