using System.Text.Json;
using AgriPole.LoadDriver;

// scripts/bench.sh --issues runs this against the app it started; see docs/benchmarks.md ("Issue targets").
var options = DriverOptions.Parse(args);
var report = new Report();
var failed = false;
foreach (var (name, run) in new (string, Func<Task>)[]
{
    ("backoffice", () => new BackOfficeScenario(options, report).RunAsync()),
    ("forms", () => new FormsScenario(options, report).RunAsync()),
    ("media", () => new MediaScenario(options, report).RunAsync()),
})
{
    if (!options.Scenarios.Contains(name))
    {
        continue;
    }

    Console.Error.WriteLine($"[driver] scenario {name}");
    try
    {
        await run();
    }
    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or IOException)
    {
        // One broken scenario must not hide the others' numbers; the report says what failed.
        failed = true;
        report.Note($"Scenario {name} stopped: {e.GetType().Name}: {e.Message}");
        Console.Error.WriteLine(e);
    }
}

try
{
    await MemoryBreakdown.ReportAsync(options, report);
}
catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
{
    report.Note($"Memory breakdown failed: {e.Message}");
}

var markdown = report.ToMarkdown();
Console.Out.Write(markdown);
if (options.ReportFile is { } file)
{
    await File.WriteAllTextAsync(file, markdown);
}

return failed ? 1 : 0;
