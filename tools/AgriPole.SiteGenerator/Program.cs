using AgriPole.SiteGenerator;

// Writes a complete umbraco-config folder with a large generated site, deterministic from --seed, for the benchmark
// harness (scripts/bench.sh). Usage:
//   dotnet run --project tools/AgriPole.SiteGenerator -- --out /tmp/big-config [--source umbraco-config]
//     [--manifest /tmp/bench-manifest.json] [--pages 10000] [--members 500] [--media 2000] [--seed 20260101]
//   dotnet run --project tools/AgriPole.SiteGenerator -- --describe umbraco-config --manifest /tmp/seed-manifest.json
try
{
    if (args is ["--describe", var folder, "--manifest", var manifestFile])
    {
        // The same manifest for an existing config folder (e.g. the repo's seed for scripts/bench.sh --seed-size).
        File.WriteAllText(manifestFile, SiteDescriber.Describe(folder).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    var options = GeneratorOptions.Parse(args);
    var result = new SiteGenerator(options).Run();
    Console.WriteLine($"wrote {result.Pages} pages ({result.Pages * 2} culture variants), {result.Members} members, {result.Media} media items to {options.Output}");
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
