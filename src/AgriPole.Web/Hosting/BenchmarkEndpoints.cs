namespace AgriPole.Web.Hosting;

/// <summary>
/// The benchmark harness's ceiling for JSON: fixed bytes from memory through the same Kestrel and middleware
/// pipeline, so the Delivery API's requests/s can be read as a fraction of what the host itself can do.
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

        var payload = new Lazy<byte[]?>(() =>
            settings.JsonFile is { Length: > 0 } file && File.Exists(file) ? File.ReadAllBytes(file) : null);

        app.MapGet("/bench/json", () => payload.Value is { } bytes ? Results.Bytes(bytes, "application/json") : Results.NotFound())
            .ExcludeFromDescription();

        return app;
    }
}
