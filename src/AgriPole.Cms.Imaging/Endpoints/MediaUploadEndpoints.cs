using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Imaging.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Cms.Imaging.Endpoints;

/// <summary>
/// The back-office media HTTP contract (see README): upload, replace a file, set the focal point. Behind the back-office
/// policy and an antiforgery header. Bodies are streamed: a body over the cap is refused (413) from its Content-Length
/// before any byte is read, and a chunked one as soon as the cap is passed.
/// </summary>
public static class MediaUploadEndpoints
{
    public const string RoutePrefix = "/umbraco/backoffice/api/media";

    /// <summary>Room for the multipart boundaries and part headers around the file.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapMediaUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<IOptions<ImagingSettings>>().Value;
        var group = app.MapGroup(RoutePrefix).RequireAuthorization(settings.BackOfficePolicy);
        group.MapPost("/", UploadAsync);
        group.MapPut("/{key:guid}/file", ReplaceAsync);
        group.MapPut("/{key:guid}/focal-point", SetFocalPointAsync);
        return app;
    }

    private static Task<IResult> UploadAsync(HttpContext context, IMediaService media, IOptions<ImagingSettings> settings, Guid? parentKey, string? name) =>
        WithFileAsync(context, settings.Value, async (stream, fileName) =>
        {
            var result = await media.UploadAsync(stream, fileName, parentKey, name, context.User.Identity?.Name, context.RequestAborted);
            return result.Success
                ? Results.Created(result.Value!.Url, MediaItemResponse.From(result.Value!))
                : Failure(result.Errors);
        });

    private static Task<IResult> ReplaceAsync(HttpContext context, IMediaService media, IOptions<ImagingSettings> settings, Guid key) =>
        WithFileAsync(context, settings.Value, async (stream, fileName) =>
        {
            var result = await media.ReplaceFileAsync(key, stream, fileName, context.User.Identity?.Name, context.RequestAborted);
            return result.Success ? Results.Ok(MediaItemResponse.From(result.Value!)) : Failure(result.Errors);
        });

    private static async Task<IResult> SetFocalPointAsync(HttpContext context, IMediaService media, IOptions<ImagingSettings> settings, Guid key)
    {
        if (await CheckAntiforgeryAsync(context, settings.Value) is { } refused)
        {
            return refused;
        }

        if (context.Request.ContentLength is null or > 4096 || !context.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Send the focal point as JSON: { \"left\": 0.5, \"top\": 0.3 } or null.");
        }

        FocalPoint? focalPoint;
        try
        {
            focalPoint = await context.Request.ReadFromJsonAsync<FocalPoint?>(context.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The focal point is not valid JSON.");
        }

        var result = await media.SetFocalPointAsync(key, focalPoint, context.User.Identity?.Name, context.RequestAborted);
        return result.Success ? Results.Ok(MediaItemResponse.From(result.Value!)) : Failure(result.Errors);
    }

    private static async Task<IResult> WithFileAsync(HttpContext context, ImagingSettings settings, Func<Stream, string, Task<IResult>> handle)
    {
        var limit = settings.MaxUploadBytes + MultipartOverhead;
        if (context.Request.ContentLength > limit)
        {
            return TooLarge(settings);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (await CheckAntiforgeryAsync(context, settings) is { } refused)
        {
            return refused;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Send the file as multipart/form-data in a part named \"file\".");
        }

        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body) { HeadersLengthLimit = 16 * 1024 };

            // No part length limit here: the validator stops reading one byte past the cap and answers TooLarge (413).
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition()
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
                    return await handle(section.Body, fileName);
                }
            }
        }
        catch (InvalidDataException)
        {
            // MultipartReader's own limits (part headers) or a broken body.
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The multipart body is malformed.");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings);
        }

        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No part named \"file\" with a file name was sent.");
    }

    /// <summary>Cookie-authenticated writes need the antiforgery header (RequestVerificationToken); checked before reading the body.</summary>
    private static async Task<IResult?> CheckAntiforgeryAsync(HttpContext context, ImagingSettings settings)
    {
        if (!settings.RequireAntiforgery)
        {
            return null;
        }

        var antiforgery = context.RequestServices.GetService<IAntiforgery>();
        var headerName = context.RequestServices.GetService<IOptions<AntiforgeryOptions>>()?.Value.HeaderName;
        if (antiforgery is null || headerName is null || !context.Request.Headers.ContainsKey(headerName))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing antiforgery token.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid antiforgery token.");
        }
    }

    private static IResult Failure(IReadOnlyList<ValidationError> errors)
    {
        var status = errors.Any(e => e.Code == MediaUploadErrorCodes.TooLarge) ? StatusCodes.Status413PayloadTooLarge
            : errors.Any(e => e.Code == MediaUploadErrorCodes.Busy) ? StatusCodes.Status503ServiceUnavailable
            : errors.Any(e => e.Code == MediaUploadErrorCodes.NotFound) ? StatusCodes.Status404NotFound
            : StatusCodes.Status400BadRequest;
        return Results.Problem(
            statusCode: status,
            title: errors.Count > 0 ? errors[0].Message.Get("en-US") : "The media could not be saved.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { property = e.Property, culture = e.Culture, code = e.Code, message = e.Message.Values }).ToList(),
            });
    }

    private static IResult TooLarge(ImagingSettings settings) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The file is larger than {settings.MaxUploadBytes / (1024 * 1024)} MB.");
}
