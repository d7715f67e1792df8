namespace AgriPole.Web.Hosting;

/// <summary>
/// The benchmark harness's ceilings: fixed bytes (JSON, HTML) from memory through the same Kestrel and middleware
/// pipeline, so the Delivery API's and the pages' requests/s can be read as a fraction of what the host itself can do.
/// Mapped only when <see cref="BenchmarkSettings.Enabled"/> is true; production never has the route.
/// </summary>
public static class BenchmarkEndpoints
{
    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(BenchmarkSettings.SectionName).Get<BenchmarkSettings>() ?? new BenchmarkSettings();
        if (!settings.Enabled)
        {
            return app;
        }

        MapFileBytes(app, "/bench/json", settings.JsonFile, "application/json");
        MapFileBytes(app, "/bench/html", settings.HtmlFile, "text/html; charset=utf-8");

        // Where the resident memory goes (GC heap vs the kernel's resident pages); ?collect=true collects first.
        app.MapGet("/bench/memory", (bool? collect) => Results.Json(BenchmarkMemoryReport.Create(collect == true)))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Serves a file's bytes, read once on the first request, from memory; 404 when there is no such file.</summary>
    private static void MapFileBytes(WebApplication app, string route, string? file, string contentType)
    {
        var payload = new Lazy<byte[]?>(() => file is { Length: > 0 } && File.Exists(file) ? File.ReadAllBytes(file) : null);
        app.MapGet(route, () => payload.Value is { } bytes ? Results.Bytes(bytes, contentType) : Results.NotFound())
            .ExcludeFromDescription();
    }
}
