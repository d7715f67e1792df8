using System.Text.Json.Nodes;

namespace AgriPole.LoadDriver;

/// <summary>Command line: --base URL --manifest FILE --pid N --db FILE --scenarios backoffice,forms,media --report FILE.</summary>
public sealed class DriverOptions
{
    public required Uri BaseAddress { get; init; }

    public required JsonObject Manifest { get; init; }

    public int? AppPid { get; init; }

    public string? DatabaseFile { get; init; }

    public IReadOnlySet<string> Scenarios { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "backoffice", "forms", "media" };

    public string? ReportFile { get; init; }

    /// <summary>Back-office administrator (the harness creates it through Umbraco's unattended keys); password from BENCH_ADMIN_PASSWORD.</summary>
    public string AdminEmail { get; init; } = "bench.admin@example.org";

    public string AdminPassword { get; init; } = Environment.GetEnvironmentVariable("BENCH_ADMIN_PASSWORD") ?? string.Empty;

    public int SequentialWrites { get; init; } = 40;

    public int ConcurrentEditors { get; init; } = 4;

    public int WritesPerEditor { get; init; } = 10;

    public int TreeRepeats { get; init; } = 40;

    public int FormSubmissions { get; init; } = 500;

    public int FormConcurrency { get; init; } = 50;

    public int RenditionImages { get; init; } = 8;

    public int Uploads { get; init; } = 10;

    public static DriverOptions Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i]] = args[i + 1];
        }

        string? Get(string name) => map.TryGetValue(name, out var v) ? v : null;
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

        var manifestFile = Get("--manifest") ?? throw new ArgumentException("--manifest is required");
        return new DriverOptions
        {
            BaseAddress = new Uri(Get("--base") ?? throw new ArgumentException("--base is required")),
            Manifest = JsonNode.Parse(File.ReadAllText(manifestFile))!.AsObject(),
            AppPid = Get("--pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null,
            DatabaseFile = Get("--db"),
            Scenarios = Get("--scenarios") is { } s ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase) : new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "backoffice", "forms", "media" },
            ReportFile = Get("--report"),
            AdminEmail = Get("--admin-email") ?? "bench.admin@example.org",
            SequentialWrites = Int("--sequential-writes", 40),
            ConcurrentEditors = Int("--editors", 4),
            WritesPerEditor = Int("--writes-per-editor", 10),
            TreeRepeats = Int("--tree-repeats", 40),
            FormSubmissions = Int("--submissions", 500),
            FormConcurrency = Int("--form-concurrency", 50),
            RenditionImages = Int("--rendition-images", 8),
            Uploads = Int("--uploads", 10),
        };
    }

    public string? ManifestString(string path)
    {
        JsonNode? node = Manifest;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node?.GetValue<object>()?.ToString();
    }

    public HttpClient NewClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new System.Net.CookieContainer(),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        return client;
    }
}
