using System.Reflection;

namespace AgriPole.Web.Tests.Architecture;

/// <summary>Dependencies point inward: Core holds contracts only; features depend on Core, never on each other or the host.</summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] Infrastructure =
    [
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "Npgsql", "Lucene.Net",
        "SixLabors", "MailKit", "MimeKit", "HtmlSanitizer", "Umbraco",
    ];

    [Fact]
    public void CoreAssembly_References_NoInfrastructureNorOtherProject()
    {
        var references = References("AgriPole.Cms.Core");

        Assert.DoesNotContain(references, r => Infrastructure.Any(p => r.StartsWith(p, StringComparison.Ordinal)));
        Assert.DoesNotContain(references, r => r.StartsWith("AgriPole.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AgriPole.Cms.Search", "AgriPole.Cms.Core")]
    [InlineData("AgriPole.Cms.Imaging", "AgriPole.Cms.Core")]
    [InlineData("AgriPole.Cms.Forms", "AgriPole.Cms.Core")]
    [InlineData("AgriPole.Cms.Persistence", "AgriPole.Cms.Core")]
    // The Delivery API's search option runs on the search layer (ISearchService), as Umbraco's runs on Examine.
    [InlineData("AgriPole.Cms.DeliveryApi", "AgriPole.Cms.Core,AgriPole.Cms.Search")]
    public void FeatureAssembly_References_OnlyAllowedProjects(string assembly, string allowed)
    {
        var ours = References(assembly).Where(r => r.StartsWith("AgriPole.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(ours.Except(allowed.Split(','), StringComparer.Ordinal));
        Assert.Contains("AgriPole.Cms.Core", ours);
    }

    [Theory]
    [InlineData("AgriPole.Cms.Core")]
    [InlineData("AgriPole.Cms.Persistence")]
    [InlineData("AgriPole.Cms.Search")]
    [InlineData("AgriPole.Cms.Imaging")]
    [InlineData("AgriPole.Cms.DeliveryApi")]
    [InlineData("AgriPole.Cms.Forms")]
    [InlineData("AgriPole.Cms.BackOffice")]
    public void LibraryAssembly_References_NeitherHostNorBackOffice(string assembly)
    {
        var references = References(assembly);

        Assert.DoesNotContain("AgriPole.Web", references);
        if (assembly != "AgriPole.Cms.BackOffice")
        {
            Assert.DoesNotContain("AgriPole.Cms.BackOffice", references);
        }
    }

    private static List<string> References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToList();
}
