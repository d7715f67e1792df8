namespace AgriPole.LoadDriver;

/// <summary>
/// The same-run ceiling of a scenario: the fixed bytes of /bench/html (served from memory through the same middleware)
/// requested at the scenario's concurrency just before it. On a shared machine it shows how much of a latency is the
/// machine's: a ceiling p95 of 30 ms says the cores were busy elsewhere.
/// </summary>
public static class Ceiling
{
    public static async Task<LatencyRecorder?> MeasureAsync(DriverOptions options, int concurrency, int requests)
    {
        var recorder = new LatencyRecorder($"ceiling: fixed HTML from memory (GET /bench/html, {concurrency} at a time)");
        using (var probe = options.NewClient())
        using (var first = await probe.GetAsync("/bench/html"))
        {
            if (!first.IsSuccessStatusCode)
            {
                return null;
            }
        }

        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            using var client = options.NewClient();
            while (Interlocked.Increment(ref next) < requests)
            {
                var (response, _) = await recorder.TimeAsync(() => client.GetAsync("/bench/html"));
                response.Dispose();
            }
        }));
        return recorder;
    }
}
