namespace AgriPole.Web.Hosting;

/// <summary>Bound from "AgriPole:Benchmark". Off by default; only scripts/bench.sh turns it on.</summary>
public sealed class BenchmarkSettings
{
    public const string SectionName = "AgriPole:Benchmark";

    /// <summary>Maps /bench/json, the in-memory ceiling the harness compares the Delivery API with.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A file holding the bytes /bench/json returns (the harness writes a Delivery API item response there); read once,
    /// on the first request, then served from memory.
    /// </summary>
    public string? JsonFile { get; set; }
}
