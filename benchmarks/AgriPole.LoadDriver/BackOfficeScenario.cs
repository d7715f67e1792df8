using System.Globalization;
using System.Net;

namespace AgriPole.LoadDriver;

/// <summary>
/// Issue #6: saves and publishes through the real editor form (antiforgery, every field posted back as a browser
/// would) at several depths, sequential then concurrent, and tree levels opened lazily (root, the widest level, the
/// deep page's level). Times are the answer to the POST (the redirect), and the tree fragment, as the editor waits them.
/// </summary>
public sealed class BackOfficeScenario(DriverOptions options, Report report)
{
    private const double WriteTargetMs = 200;
    private const double TreeTargetMs = 100;

    private readonly LatencyRecorder _editForm = new("open the editor (GET edit form)");
    private readonly LatencyRecorder _save = new("save draft (POST, sequential)");
    private readonly LatencyRecorder _publish = new("save and publish (POST, sequential)");
    private readonly LatencyRecorder _saveConcurrent = new("save draft (POST, concurrent)");
    private readonly LatencyRecorder _publishConcurrent = new("save and publish (POST, concurrent)");
    private int _failures;

    public async Task RunAsync()
    {
        var ceiling = await Ceiling.MeasureAsync(options, 1, 100);
        using var client = await BackOfficeSession.SignInAsync(options);
        var pages = await PagesAsync(client);
        Console.Error.WriteLine($"[driver] back-office pages: {string.Join(", ", pages.Select(p => p.Label))}");

        // Warm-up: the first open of each editor pays Razor's and EF's first-call costs, which the target is not about.
        foreach (var page in pages)
        {
            await WriteAsync(client, page.Key, publish: false, new LatencyRecorder("warm-up"), new LatencyRecorder("warm-up"), 0);
        }

        for (var i = 0; i < options.SequentialWrites; i++)
        {
            var page = pages[i % pages.Count];
            await WriteAsync(client, page.Key, publish: i % 2 == 1, i % 2 == 1 ? _publish : _save, _editForm, i);
        }

        var editors = Enumerable.Range(0, options.ConcurrentEditors).Select(async e =>
        {
            for (var i = 0; i < options.WritesPerEditor; i++)
            {
                var page = pages[(e + i) % pages.Count];
                await WriteAsync(client, page.Key, publish: i % 2 == 1, i % 2 == 1 ? _publishConcurrent : _saveConcurrent, _editForm, 1000 + (e * 100) + i);
            }
        });
        await Task.WhenAll(editors);

        var trees = await TreesAsync(client, pages);

        const string section = "back-office (#6)";
        if (ceiling is not null)
        {
            report.Add(section, ceiling);
        }

        report.Add(section, _save);
        report.Add(section, _publish);
        report.Add(section, _saveConcurrent);
        report.Add(section, _publishConcurrent);
        report.Add(section, _editForm);
        foreach (var tree in trees)
        {
            report.Add(section, tree);
        }

        var writes = new[] { _save, _publish, _saveConcurrent, _publishConcurrent };
        foreach (var w in writes)
        {
            report.Verdict($"#6 {w.Label}: p95 < {WriteTargetMs} ms", $"p95 {Report.Ms(w.Percentile(95))} ms (n {w.Count})", w.Count > 0 && w.Percentile(95) < WriteTargetMs && _failures == 0);
        }

        foreach (var t in trees)
        {
            report.Verdict($"#6 {t.Label}: < {TreeTargetMs} ms (p95)", $"p95 {Report.Ms(t.Percentile(95))} ms, max {Report.Ms(t.Max)} ms", t.Count > 0 && t.Percentile(95) < TreeTargetMs && t.ServerErrors == 0);
        }

        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"Back-office: pages written {string.Join("; ", pages.Select(p => p.Label))}. {options.SequentialWrites} sequential writes (save and publish alternating, over those pages), then {options.ConcurrentEditors} editors x {options.WritesPerEditor} writes at once; each write opens the editor first (GET, timed apart) and posts every field back with one textarea changed; {_failures} writes did not answer with the redirect of a successful save."));
    }

    private async Task WriteAsync(HttpClient client, Guid key, bool publish, LatencyRecorder recorder, LatencyRecorder formRecorder, int n)
    {
        var (form, html) = await formRecorder.TimeAsync(() => client.GetAsync($"/umbraco/content/edit/{key}"));
        using (form)
        {
            if (form.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref _failures);
                return;
            }
        }

        var fields = HtmlForms.Fields(html, "#bo-editor");
        // One real change per write (a draft that differs), on a plain textarea of the default culture.
        var editable = fields.FindIndex(f => f.Key.StartsWith("v.fr-FR.", StringComparison.Ordinal)
            && (f.Key.EndsWith(".metaDescription", StringComparison.Ordinal) || f.Key.EndsWith(".summary", StringComparison.Ordinal)));
        if (editable >= 0)
        {
            fields[editable] = new(fields[editable].Key, string.Create(CultureInfo.InvariantCulture, $"Description modifiée par le banc d'essai, écriture {n}."));
        }

        var url = publish ? $"/umbraco/content/publish/{key}?handler=publish" : $"/umbraco/content/edit/{key}?handler=save";
        var (response, body) = await recorder.TimeAsync(() => client.PostAsync(url, new FormUrlEncodedContent(fields)));
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("m=", StringComparison.Ordinal) != true)
            {
                Interlocked.Increment(ref _failures);
                Console.Error.WriteLine($"[driver] write {url} answered {(int)response.StatusCode}: {Excerpt(body)}");
            }
        }
    }

    private async Task<List<LatencyRecorder>> TreesAsync(HttpClient client, List<(string Label, Guid Key)> pages)
    {
        var largest = options.ManifestString("largestParentKey");
        var largestCount = options.ManifestString("largestParentCount");
        var deepParent = options.ManifestString("deepPage.parentKey");
        var levels = new List<(LatencyRecorder Recorder, string Url)>
        {
            (new LatencyRecorder("tree: open the root"), "/umbraco/content/tree"),
        };
        if (largest is not null)
        {
            levels.Add((new LatencyRecorder($"tree: open the widest level ({largestCount} children)"), $"/umbraco/content/tree?parent={largest}"));
        }

        if (deepParent is not null)
        {
            levels.Add((new LatencyRecorder($"tree: open the deepest level (level {DeepLevel()})"), $"/umbraco/content/tree?parent={deepParent}"));
        }

        foreach (var (recorder, url) in levels)
        {
            await new LatencyRecorder("warm-up").TimeAsync(() => client.GetAsync(url));
            for (var i = 0; i < options.TreeRepeats; i++)
            {
                var (response, _) = await recorder.TimeAsync(() => client.GetAsync(url));
                response.Dispose();
            }
        }

        return levels.Select(l => l.Recorder).ToList();
    }

    /// <summary>The pages written: the home page, a child of the widest level, the parent with most content pages, the deepest page.</summary>
    private async Task<List<(string Label, Guid Key)>> PagesAsync(HttpClient client)
    {
        var pages = new List<(string, Guid)>();
        if (options.ManifestString("homeKey") is { } home)
        {
            pages.Add(("home (level 1)", Guid.Parse(home)));
        }

        if (options.ManifestString("largestParentKey") is { } largest)
        {
            using var response = await client.GetAsync($"/umbraco/content/tree?parent={largest}");
            var nodes = HtmlForms.TreeNodes(await response.Content.ReadAsStringAsync());
            if (nodes.Count > 0)
            {
                pages.Add(($"a child of the widest level ({nodes.Count} siblings)", nodes[nodes.Count / 2].Key));
            }
        }

        if (options.ManifestString("childrenParentKey") is { } parent && !pages.Any(p => p.Item2 == Guid.Parse(parent)))
        {
            pages.Add(("the content page with most children", Guid.Parse(parent)));
        }

        if (options.ManifestString("deepPage.key") is { } deep)
        {
            pages.Add(($"the deepest page (level {DeepLevel()})", Guid.Parse(deep)));
        }

        return pages;
    }

    /// <summary>Level of the deep page from its French route: one per path segment, plus the hidden home.</summary>
    private int DeepLevel() => (options.ManifestString("deepPage.fr-FR") ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries).Length + 1;

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300];
}
