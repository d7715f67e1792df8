using System.Text.Json.Nodes;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;

namespace AgriPole.Cms.DeliveryApi.Tests;

/// <summary>Our document must carry the shared contract's paths, parameters and schemas unchanged.</summary>
public class OpenApiDocumentTests(DeliveryApiAppFactory factory) : IClassFixture<DeliveryApiAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SwaggerJson_MatchesSharedContract()
    {
        var response = await _client.GetAsync("/umbraco/swagger/delivery/swagger.json");
        response.EnsureSuccessStatusCode();
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var contract = JsonNode.Parse(File.ReadAllText(FindContract()))!;

        Assert.Equal(contract["openapi"]!.ToJsonString(), served["openapi"]!.ToJsonString());
        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(item, served["paths"]![path]), $"Path {path} differs from the contract.");
        }

        foreach (var (name, schema) in contract["components"]!["schemas"]!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(schema, served["components"]!["schemas"]![name]), $"Schema {name} differs from the contract.");
        }

        Assert.True(JsonNode.DeepEquals(contract["components"]!["securitySchemes"], served["components"]!["securitySchemes"]));
        Assert.NotNull(served["paths"]!["/umbraco/delivery/api/v2/dictionary"]);
    }

    [Fact]
    public async Task ReferencePage_ListsEveryOperation()
    {
        var html = await _client.GetStringAsync("/umbraco/swagger");
        foreach (var operation in new[] { "GetContent2.0", "GetContentItemById2.0", "GetContentItemByPath2.0", "GetContentItems2.0", "GetMedia2.0", "GetMediaItemById2.0", "GetMediaItemByPath2.0", "GetMediaItems2.0", "GetDictionary2.0" })
        {
            Assert.Contains($"id=\"{operation}\"", html, StringComparison.Ordinal);
        }
    }

    // The contract lives in the shared folder beside the repository ("../shared" from the root); worktrees sit deeper.
    private static string FindContract()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AgriPole.Web.sln")))
        {
            directory = directory.Parent;
        }

        for (var current = directory?.Parent; current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "shared", "umbraco", "delivery-api.openapi.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/umbraco/delivery-api.openapi.json not found above the repository root.");
    }
}
