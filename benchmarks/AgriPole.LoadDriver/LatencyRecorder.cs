using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AgriPole.LoadDriver;

/// <summary>Per-request latencies and status codes of one labelled operation; thread-safe; percentiles by nearest rank.</summary>
public sealed class LatencyRecorder(string label)
{
    private readonly ConcurrentBag<double> _samples = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public string Label { get; } = label;

    public int Count => _samples.Count;

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public int ServerErrors => _statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    /// <summary>Times one request: the span covers sending it and reading the whole response body.</summary>
    public async Task<(HttpResponseMessage Response, string Body)> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode);
        return (response, body);
    }

    public void Add(double milliseconds, int status)
    {
        _samples.Add(milliseconds);
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Max => _samples.IsEmpty ? double.NaN : _samples.Max();

    public string StatusSummary() =>
        string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value}×{s.Key}")));
}
