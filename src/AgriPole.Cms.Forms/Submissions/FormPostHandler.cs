using System.Globalization;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Rendering;
using AgriPole.Cms.Forms.Validation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// POST /umbraco/forms/submit/{alias} from the rendered HTML form (no JavaScript needed). Order: read the body within
/// limits, antiforgery, anti-spam (honeypot, signed render time), validation, per-IP rate limit, store, then PRG
/// redirect. Spam and rate-limited posts get the same redirect as a real entry but nothing is stored.
/// </summary>
public sealed class FormPostHandler(
    IFormDefinitions definitions,
    IAntiforgery antiforgery,
    FormTimestampProtector timestamps,
    ClientIpHasher ipHasher,
    FormSubmissionService submissions,
    IFormHtmlRenderer renderer,
    IOptionsMonitor<FormsSettings> settings,
    ILogger<FormPostHandler> logger)
{
    /// <summary>Large enough for the longest field (a 20,000-character textarea in multi-byte UTF-8) and the tokens.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    private static readonly FormOptions FormLimits = new()
    {
        ValueCountLimit = 200,
        KeyLengthLimit = 200,
        ValueLengthLimit = (int)MaxBodyBytes,
        MultipartBodyLengthLimit = MaxBodyBytes,
    };

    public async Task<IResult> HandleAsync(string alias, HttpContext context)
    {
        var form = definitions.Find(alias);
        var culture = FormCultures.Normalize(context.Request.Headers.AcceptLanguage.ToString().Split(',')[0].Trim());
        if (form is null)
        {
            return FormPageShell.Message(culture, FormMessages.FormNotFound.Get(culture), FormMessages.FormNotFound.Get(culture), StatusCodes.Status404NotFound);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;
        }

        IFormCollection posted;
        try
        {
            posted = await ReadFormAsync(context);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            logger.LogInformation(ex, "Unreadable post to form {Form}", form.Alias);
            var tooLarge = ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            return FormPageShell.Message(
                culture,
                form.Name.Get(culture),
                tooLarge ? FormMessages.TooLong.Get(culture).Replace("{0}", "20 000", StringComparison.Ordinal) : FormMessages.InvalidCharacters.Get(culture),
                tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        culture = FormCultures.Normalize(posted[FormFieldNames.Culture].ToString());
        Guid? pageKey = Guid.TryParse(posted[FormFieldNames.PageKey].ToString(), CultureInfo.InvariantCulture, out var pk) ? pk : null;
        var returnUrl = posted[FormFieldNames.ReturnUrl].ToString();
        returnUrl = LocalUrl.IsLocal(returnUrl) ? returnUrl : null;
        var token = posted[FormFieldNames.IdempotencyToken].ToString();
        if (token.Length is < 16 or > 64 || !token.All(char.IsAsciiLetterOrDigit))
        {
            token = Guid.NewGuid().ToString("N");
        }

        var raw = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in form.Fields)
        {
            if (posted.TryGetValue(field.Alias, out var v))
            {
                raw[field.Alias] = v.Where(x => x is not null).Select(x => x!).ToList();
            }
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException ex)
        {
            logger.LogInformation(ex, "Antiforgery check failed on form {Form}", form.Alias);
            var kept = FormValidator.Validate(form, raw, culture);
            return ShowAgain(form, culture, pageKey, context, new FormRenderState(kept.Values, [], FormMessages.SessionExpired.Get(culture), token, returnUrl));
        }

        var target = ConfirmationUrl(form, culture, returnUrl, context);
        if (IsSpam(form, posted))
        {
            // Looks like success to the sender, so bots learn nothing; nothing is stored.
            logger.LogInformation("Spam submission dropped on form {Form}", form.Alias);
            return new SeeOtherResult(target);
        }

        // Only a submission that would be stored is counted: a visitor correcting mistakes, or bots' junk, does not use
        // up the permits of an address several people share (office, school). Over the limit the answer is the same
        // redirect, so a flood learns nothing, and nothing is stored.
        var check = FormValidator.Validate(form, raw, culture);
        if (!check.IsValid)
        {
            return ShowAgain(form, culture, pageKey, context, new FormRenderState(check.Values, check.Errors, null, token, returnUrl));
        }

        // The per-IP limit is checked and counted in the transaction that stores the entry (one commit, exact).
        var baseUrl = settings.CurrentValue.LinkBase(context.Request);
        var outcome = await submissions.SubmitAsync(
            new SubmissionRequest(form, culture, pageKey, raw, token, ipHasher.Hash(context), baseUrl),
            countAgainstRateLimit: true,
            context.RequestAborted);
        if (outcome.RateLimited)
        {
            logger.LogWarning("Rate limit reached on form {Form}: submission dropped", form.Alias);
            return new SeeOtherResult(target);
        }

        if (!outcome.Accepted)
        {
            return ShowAgain(form, culture, pageKey, context, new FormRenderState(outcome.Validation.Values, outcome.Validation.Errors, null, token, returnUrl));
        }

        return new SeeOtherResult(target);
    }

    /// <summary>
    /// Url-encoded bodies are parsed strictly (see <see cref="UrlEncodedFormParser"/>) and installed as the request's
    /// form, so antiforgery reads the same values; other content types go through ASP.NET's reader with tight limits.
    /// </summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            throw new InvalidDataException("Not a form post.");
        }

        if (request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    throw new InvalidDataException("Form body over the limit.");
                }

                buffer.Write(chunk, 0, read);
            }

            var fields = UrlEncodedFormParser.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), FormLimits.ValueCountLimit)
                ?? throw new InvalidDataException("Too many form values: over the limit.");
            var collection = new FormCollection(fields);
            context.Features.Set<IFormFeature>(new FormFeature(collection));
            return collection;
        }

        context.Features.Set<IFormFeature>(new FormFeature(request, FormLimits));
        return await request.ReadFormAsync(context.RequestAborted);
    }

    private bool IsSpam(FormDefinition form, IFormCollection posted)
    {
        if (posted[FormFieldNames.Honeypot].ToString().Length > 0)
        {
            return true;
        }

        var elapsed = timestamps.Elapsed(form.Alias, posted[FormFieldNames.Started].ToString());
        return elapsed is null || elapsed < settings.CurrentValue.MinimumFillTime;
    }

    private IResult ShowAgain(FormDefinition form, string culture, Guid? pageKey, HttpContext context, FormRenderState state)
    {
        var html = renderer.Render(form.Alias, culture, pageKey, context, state, headingLevel: 1)!;
        return FormPageShell.Page(culture, form.Name.Get(culture), html, StatusCodes.Status400BadRequest, state.ReturnUrl);
    }

    private static string ConfirmationUrl(FormDefinition form, string culture, string? returnUrl, HttpContext context)
    {
        if (form.ConfirmationPageKey is { } pageKey
            && context.RequestServices.GetService<IPublishedSnapshotAccessor>() is { } snapshots
            && context.RequestServices.GetService<IPublishedUrlProvider>() is { } urls)
        {
            var snapshot = snapshots.Current;
            if (snapshot.GetById(pageKey) is { } page && urls.GetUrl(snapshot, page, culture) is { } url)
            {
                return url;
            }
        }

        return returnUrl is not null
            ? LocalUrl.WithSubmitted(returnUrl, form.Alias)
            : $"/umbraco/forms/thanks/{form.Alias}?culture={culture}";
    }

    /// <summary>303: the browser follows with a GET, so reloading the confirmation never re-posts.</summary>
    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            httpContext.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }
    }
}
