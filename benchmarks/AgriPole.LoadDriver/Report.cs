using System.Globalization;
using System.Text;

namespace AgriPole.LoadDriver;

/// <summary>The Markdown the harness writes into docs/benchmarks.md: one table of latencies, then target verdicts.</summary>
public sealed class Report
{
    private readonly List<(string Section, LatencyRecorder Recorder, double? TargetP95)> _rows = [];
    private readonly List<(string Target, string Measured, bool? Pass)> _verdicts = [];
    private readonly List<string> _notes = [];

    public void Add(string section, LatencyRecorder recorder, double? targetP95 = null) => _rows.Add((section, recorder, targetP95));

    public void Verdict(string target, string measured, bool? pass) => _verdicts.Add((target, measured, pass));

    public void Note(string text) => _notes.Add(text);

    public static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        if (_verdicts.Count > 0)
        {
            sb.AppendLine("| target | measured | verdict |").AppendLine("|---|---|---|");
            foreach (var (target, measured, pass) in _verdicts)
            {
                sb.Append("| ").Append(target).Append(" | ").Append(measured).Append(" | ")
                    .Append(pass switch { true => "**pass**", false => "**FAIL**", null => "n/a" }).AppendLine(" |");
            }

            sb.AppendLine();
        }

        if (_rows.Count > 0)
        {
            sb.AppendLine("| scenario | operation | n | p50 ms | p95 ms | p99 ms | max ms | statuses |")
                .AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
            foreach (var (section, r, _) in _rows)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {section} | {r.Label} | {r.Count} | {Ms(r.Percentile(50))} | {Ms(r.Percentile(95))} | {Ms(r.Percentile(99))} | {Ms(r.Max)} | {r.StatusSummary()} |").AppendLine();
            }

            sb.AppendLine();
        }

        foreach (var note in _notes)
        {
            sb.Append("- ").AppendLine(note);
        }

        return sb.ToString();
    }
}
