using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AgriPole.LoadDriver;

/// <summary>
/// Issue #7: uploads distinct 2400x1600 JPEGs through the real upload API, then asks each for its first 800-wide WebP
/// rendition (nothing cached for it yet) and again (cached); then ten 20-megapixel JPEGs uploaded at once while the
/// app's resident memory is sampled (and its VmHWM, reset just before).
/// </summary>
public sealed class MediaScenario(DriverOptions options, Report report)
{
    private const double FirstRenditionTargetMs = 150;
    private const double PeakTargetBytes = 600_000_000;

    private readonly LatencyRecorder _upload = new("upload a 2400x1600 JPEG (POST)");
    private readonly LatencyRecorder _first = new("first rendition 800w WebP (fresh cache)");
    private readonly LatencyRecorder _cached = new("same rendition again (cached)");
    private readonly LatencyRecorder _bigUpload = new("upload a 20 MP JPEG, 10 at once (POST)");

    public async Task RunAsync()
    {
        var ceiling = await Ceiling.MeasureAsync(options, 1, 100);
        using var client = await BackOfficeSession.SignInAsync(options);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/umbraco/media"));
        const string section = "media (#7)";

        // The first renditions: the source images are made before any timing, each one distinct.
        var sources = Enumerable.Range(0, options.RenditionImages).Select(i => TestImages.Jpeg(2400, 1600, 100 + i)).ToList();
        var urls = new List<string>();
        for (var i = 0; i < sources.Count; i++)
        {
            var (response, body) = await _upload.TimeAsync(() => client.SendAsync(UploadRequest(token, sources[i], $"bench-2400x1600-{i}.jpg")));
            response.Dispose();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                urls.Add(JsonDocument.Parse(body).RootElement.GetProperty("url").GetString()!);
            }
            else
            {
                Console.Error.WriteLine($"[driver] upload answered {(int)response.StatusCode}: {body}");
            }
        }

        var renditionFailures = 0;
        foreach (var url in urls)
        {
            var rendition = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "width=800&format=webp";
            var started = Stopwatch.GetTimestamp();
            var (first, _) = await _first.TimeAsync(() => client.GetAsync(rendition));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[driver] first rendition {urls.IndexOf(url) + 1}/{urls.Count}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms"));
            renditionFailures += first.StatusCode == HttpStatusCode.OK && first.Content.Headers.ContentType?.MediaType == "image/webp" ? 0 : 1;
            first.Dispose();
            var (again, _) = await _cached.TimeAsync(() => client.GetAsync(rendition));
            again.Dispose();
        }

        if (ceiling is not null)
        {
            report.Add(section, ceiling);
        }

        report.Add(section, _upload);
        report.Add(section, _first);
        report.Add(section, _cached);
        report.Verdict($"#7 first rendition 2400x1600 JPEG → 800w WebP < {FirstRenditionTargetMs} ms (median)", $"median {Report.Ms(_first.Percentile(50))} ms over {_first.Count} distinct images", _first.Count > 0 && renditionFailures == 0 && _first.Percentile(50) < FirstRenditionTargetMs);
        report.Verdict($"#7 first rendition < {FirstRenditionTargetMs} ms (p95)", $"p95 {Report.Ms(_first.Percentile(95))} ms", _first.Count > 0 && renditionFailures == 0 && _first.Percentile(95) < FirstRenditionTargetMs);

        await BigUploadsAsync(client, token, section);
    }

    private async Task BigUploadsAsync(HttpClient client, string token, string section)
    {
        if (options.AppPid is not { } pid)
        {
            report.Note("Media: no --pid, so the 20 MP uploads' memory was not measured.");
            return;
        }

        var images = Enumerable.Range(0, options.Uploads).Select(i => TestImages.Jpeg(5472, 3648, 500 + i, 90)).ToList();
        var memory = new ProcessMemory(pid);
        GC.Collect();
        await Task.Delay(500);
        var before = memory.RssKiB();
        var reset = memory.ResetPeak();
        using var stop = new CancellationTokenSource();
        var sampler = memory.SampleMaxAsync(TimeSpan.FromMilliseconds(10), stop.Token);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(images.Select(async (bytes, i) =>
        {
            var (response, body) = await _bigUpload.TimeAsync(() => client.SendAsync(UploadRequest(token, bytes, $"bench-20mp-{i}.jpg")));
            response.Dispose();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Console.Error.WriteLine($"[driver] 20 MP upload answered {(int)response.StatusCode}: {body}");
            }
        }));
        wall.Stop();
        await stop.CancelAsync();
        var sampledMax = await sampler;
        var hwm = memory.PeakKiB();
        var peak = Math.Max(sampledMax, reset ? hwm : 0) * 1024.0;
        report.Add(section, _bigUpload);
        var created = _bigUpload.Statuses.TryGetValue(201, out var c) ? c : 0;
        report.Verdict($"#7 peak RSS < 600 MB during {options.Uploads} concurrent 20 MP uploads",
            string.Create(CultureInfo.InvariantCulture, $"peak {peak / 1_000_000:0} MB ({peak / 1024 / 1024:0} MiB; VmRSS before {before / 1024} MiB, sampled max {sampledMax / 1024} MiB, VmHWM {(reset ? $"{hwm / 1024} MiB" : "not reset")}); {created}/{options.Uploads} created in {wall.Elapsed.TotalSeconds:0.0} s"),
            created == options.Uploads && peak < PeakTargetBytes);
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"Media: uploads through `POST /umbraco/backoffice/api/media` (back-office cookie + `RequestVerificationToken` header); 20 MP images are 5472x3648 JPEGs of {images.Average(b => b.Length) / 1_000_000:0.0} MB on average; RSS sampled every 10 ms from /proc/{{pid}}/status, VmHWM reset through /proc/{{pid}}/clear_refs just before."));
    }

    private static HttpRequestMessage UploadRequest(string token, byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var content = new MultipartFormDataContent { { file, "file", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/umbraco/backoffice/api/media?name=" + Uri.EscapeDataString(Path.GetFileNameWithoutExtension(fileName))) { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }
}
