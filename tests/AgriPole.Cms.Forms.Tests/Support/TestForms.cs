using System.Text;
using AgriPole.Cms.Forms.Definitions;

namespace AgriPole.Cms.Forms.Tests.Support;

/// <summary>The real definitions of umbraco-config/forms, read from the repository.</summary>
public static class TestForms
{
    public static string ConfigFolder { get; } = FindConfigFolder();

    private static readonly Lazy<IReadOnlyList<FormDefinition>> Forms = new(() => FormDefinitionLoader.LoadFolder(ConfigFolder));

    public static FormDefinition Contact => Get("contact");

    public static FormDefinition Membership => Get("membership");

    public static FormDefinition Newsletter => Get("newsletter");

    public static FormDefinition Get(string alias) => Forms.Value.Single(f => f.Alias == alias);

    public static FormDefinition Parse(string json) => FormDefinitionLoader.Load("forms/test.json", Encoding.UTF8.GetBytes(json));

    private static string FindConfigFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "umbraco-config");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("umbraco-config not found above " + AppContext.BaseDirectory);
    }
}
