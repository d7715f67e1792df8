using System.Text.Json;

namespace AgriPole.LoadDriver;

/// <summary>Issue #3's question, asked after the scenarios: what holds the app's resident memory (GET /bench/memory, before and after a full collection).</summary>
public static class MemoryBreakdown
{
    public static async Task ReportAsync(DriverOptions options, Report report)
    {
        using var client = options.NewClient();
        foreach (var collect in new[] { false, true })
        {
            using var response = await client.GetAsync($"/bench/memory?collect={(collect ? "true" : "false")}");
            if (!response.IsSuccessStatusCode)
            {
                report.Note("Memory: /bench/memory not mapped (benchmark endpoints off), no breakdown.");
                return;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var r = json.RootElement;
            var proc = r.GetProperty("proc");
            string P(string name) => proc.TryGetProperty(name, out var v) ? v.GetString() ?? "?" : "?";
            var gens = string.Join(", ", r.GetProperty("generationsAfterLastGcMiB").EnumerateObject().Select(g => $"{g.Name} {g.Value}"));
            report.Note($"Memory {(collect ? "after a forced full compacting collection" : "after the scenarios")}: VmRSS {P("VmRSS")} (anonymous {P("RssAnon")}, file-backed {P("RssFile")}, shared {P("RssShmem")}), VmHWM {P("VmHWM")}; GC ({(r.GetProperty("serverGc").GetBoolean() ? "server" : "workstation")}): heap {r.GetProperty("heapMiB")} MiB, committed {r.GetProperty("committedMiB")} MiB, fragmented {r.GetProperty("fragmentedMiB")} MiB, per generation after the last GC (MiB) {gens}.");
        }
    }
}
