using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Querying;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>How the Delivery API answers: JSON with an ETag (304 on a match), and Umbraco's error bodies.</summary>
public static class DeliveryApiResponses
{
    public const string StartItemNotFound = "The Start-Item could not be found";

    public static Task WriteJsonAsync(HttpContext http, RenderedResponse response)
    {
        var headers = http.Response.Headers;
        headers.ETag = response.ETag;
        if (http.Request.Headers.IfNoneMatch is { Count: > 0 } ifNoneMatch && Matches(ifNoneMatch.ToString(), response.ETag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = response.Body.Length;
        return http.Response.Body.WriteAsync(response.Body).AsTask();
    }

    public static Task ProblemAsync(HttpContext http, int status) => Results.Problem(statusCode: status).ExecuteAsync(http);

    /// <summary>Umbraco's own 400 for query options: type "Error" and its exact titles and details.</summary>
    public static Task QueryProblemAsync(HttpContext http, ContentQueryStatus status, bool media = false)
    {
        var (title, detail) = status switch
        {
            ContentQueryStatus.SelectorOptionNotFound => ("Selector option not found", "The attempted 'fetch' option does not exist"),
            ContentQueryStatus.FilterOptionNotFound => ("Filter option not found", "One of the attempted 'filter' options does not exist"),
            ContentQueryStatus.SortOptionNotFound => ("Sort option not found", "One of the attempted 'sort' options does not exist"),
            _ => (media ? "Unknown media query status" : "Unknown content query status", $"{(media ? "Media" : "Content")} query status \"{status}\" was not expected here"),
        };
        return Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest, type: "Error").ExecuteAsync(http);
    }

    public static Task ValidationProblemAsync(HttpContext http, string parameter, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }).ExecuteAsync(http);

    /// <summary>A malformed expand or fields value. Stock Umbraco throws here (a 500); it is the caller's error, so we say so.</summary>
    public static Task MalformedSpecAsync(HttpContext http, string parameter) =>
        ValidationProblemAsync(http, parameter, $"The '{parameter}' value is malformed: brackets must balance, and '[]' or a leading '[' are not allowed.");

    /// <summary>Writes the cached answer (with its age) when the output cache holds <paramref name="cacheKey"/>.</summary>
    public static bool TryWriteCached(HttpContext http, DeliveryApiOutputCache cache, string? cacheKey, out Task written)
    {
        if (cacheKey is null || !cache.TryGet(cacheKey, out var cached, out var age))
        {
            written = Task.CompletedTask;
            return false;
        }

        http.Response.Headers.Age = ((long)age.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        written = WriteJsonAsync(http, cached);
        return true;
    }

    /// <summary>Umbraco's paged body: { "total": n, "items": [ ... ] }.</summary>
    public static RenderedResponse RenderPaged<T>(long total, IEnumerable<T> items, Action<System.Text.Json.Utf8JsonWriter, T> writeItem) =>
        Rendering.JsonRenderer.Render(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("total"u8, total);
            writer.WritePropertyName("items"u8);
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writeItem(writer, item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>Umbraco answers a bad Start-Item with a bare string, not ProblemDetails.</summary>
    public static Task StartItemNotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(StartItemNotFound);
    }

    public static void AddVary(HttpContext http, string value)
    {
        var existing = http.Response.Headers[HeaderNames.Vary].ToString();
        http.Response.Headers[HeaderNames.Vary] = existing.Length == 0 ? value : existing + ", " + value;
    }

    private static bool Matches(string ifNoneMatch, string etag)
    {
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*" || candidate == etag || (candidate.StartsWith("W/", StringComparison.Ordinal) && candidate[2..] == etag))
            {
                return true;
            }
        }

        return false;
    }
}
