using System.Runtime;

namespace AgriPole.Web.Hosting;

/// <summary>
/// What holds the process's memory, for the harness (/bench/memory, mapped only with the benchmark endpoints): the GC's
/// view (heap, fragmentation, committed, per generation) beside the kernel's (/proc/self/status: anonymous, file-backed
/// and shared resident pages), so a resident size over its target can be split into managed heap, GC slack, mapped
/// files (assemblies, the Lucene index) and the rest (native allocations, JIT code).
/// </summary>
public static class BenchmarkMemoryReport
{
    private const long MiB = 1024 * 1024;

    public static Dictionary<string, object?> Create(bool collectFirst)
    {
        if (collectFirst)
        {
            // Compacting the large object heap too, so the after-collection numbers show what is really live.
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var generations = new[] { "gen0", "gen1", "gen2", "loh", "poh" };
        return new Dictionary<string, object?>
        {
            ["collectedFirst"] = collectFirst,
            ["serverGc"] = GCSettings.IsServerGC,
            ["latencyMode"] = GCSettings.LatencyMode.ToString(),
            ["heapMiB"] = info.HeapSizeBytes / MiB,
            ["fragmentedMiB"] = info.FragmentedBytes / MiB,
            ["committedMiB"] = info.TotalCommittedBytes / MiB,
            ["totalAllocatedMiB"] = GC.GetTotalAllocatedBytes() / MiB,
            ["liveObjectsMiB"] = GC.GetTotalMemory(forceFullCollection: false) / MiB,
            ["generationsAfterLastGcMiB"] = generations
                .Select((name, i) => (name, i))
                .Where(g => g.i < info.GenerationInfo.Length)
                .ToDictionary(g => g.name, g => (object?)(info.GenerationInfo[g.i].SizeAfterBytes / MiB)),
            ["collections"] = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
            ["proc"] = ReadStatus("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem", "Threads"),
        };
    }

    private static Dictionary<string, string> ReadStatus(params string[] fields)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return result;
        }

        foreach (var line in File.ReadLines(status))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && fields.Contains(line[..colon], StringComparer.Ordinal))
            {
                result[line[..colon]] = line[(colon + 1)..].Trim();
            }
        }

        return result;
    }
}
