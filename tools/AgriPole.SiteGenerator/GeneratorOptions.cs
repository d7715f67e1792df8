using System.Globalization;

namespace AgriPole.SiteGenerator;

/// <summary>Command-line options; defaults are the benchmark's "large site".</summary>
public sealed class GeneratorOptions
{
    /// <summary>The umbraco-config folder to copy definitions from (types, languages, dictionary, forms, domains).</summary>
    public string? Source { get; set; }

    /// <summary>The umbraco-config folder to write; emptied first.</summary>
    public string Output { get; set; } = string.Empty;

    /// <summary>Where to write the manifest of sample URLs and keys (outside the config folder, which the app validates).</summary>
    public string? Manifest { get; set; }

    /// <summary>Content nodes in all (home, section pages, news, policy pages), each published in both cultures. Members come on top.</summary>
    public int Pages { get; set; } = 10_000;

    public int Members { get; set; } = 500;

    public int Media { get; set; } = 2_000;

    public int Seed { get; set; } = 20_260_101;

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new GeneratorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int NextInt() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--source": options.Source = Next(); break;
                case "--out": options.Output = Next(); break;
                case "--manifest": options.Manifest = Next(); break;
                case "--pages": options.Pages = NextInt(); break;
                case "--members": options.Members = NextInt(); break;
                case "--media": options.Media = NextInt(); break;
                case "--seed": options.Seed = NextInt(); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }

        if (string.IsNullOrWhiteSpace(options.Output))
        {
            throw new ArgumentException("--out is required");
        }

        if (options.Pages < 20)
        {
            throw new ArgumentException("--pages must be at least 20 (the fixed pages of a site)");
        }

        return options;
    }
}
