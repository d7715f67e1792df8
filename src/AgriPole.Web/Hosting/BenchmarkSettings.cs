namespace AgriPole.Web.Hosting;

/// <summary>Bound from "AgriPole:Benchmark". Off by default; only scripts/bench.sh turns it on.</summary>
public sealed class BenchmarkSettings
{
    public const string SectionName = "AgriPole:Benchmark";

    /// <summary>Maps /bench/json and /bench/html, the in-memory ceilings the harness compares the API and pages with, and /bench/memory (GC and resident memory).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A file holding the bytes /bench/json returns (the harness writes a Delivery API item response there); read once,
    /// on the first request, then served from memory.
    /// </summary>
    public string? JsonFile { get; set; }

    /// <summary>The bytes /bench/html returns (the harness writes the home page's HTML there): the pages' in-memory ceiling.</summary>
    public string? HtmlFile { get; set; }
}
