using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Tests.Support;

namespace AgriPole.Cms.Forms.Tests.Definitions;

public class FormDefinitionLoaderTests
{
    private const string Minimal = """
        {
          "key": "7d5c3f0e-1111-4a4a-9b9b-000000000001",
          "alias": "test",
          "name": { "fr-FR": "Test", "en-US": "Test" },
          "submitLabel": { "fr-FR": "Envoyer", "en-US": "Send" },
          "confirmation": { "message": { "fr-FR": "Merci", "en-US": "Thanks" } },
          "retentionDays": 30,
          "fields": [
            { "key": "7d5c3f0e-1111-4a4a-9b9b-000000000002", "alias": "email", "type": "email", "label": { "fr-FR": "E-mail", "en-US": "E-mail" }, "mandatory": true },
            FIELD
          ]
        }
        """;

    [Fact]
    public void LoadFolder_RepositoryForms_LoadsTheThreeForms()
    {
        var forms = FormDefinitionLoader.LoadFolder(TestForms.ConfigFolder);

        Assert.Equal(["contact", "membership", "newsletter"], forms.Select(f => f.Alias));
        Assert.Equal("siret", TestForms.Membership.GetField("siret")!.Validator);
        Assert.NotNull(TestForms.Newsletter.DoubleOptIn);
        Assert.All(forms, f => Assert.InRange(f.RetentionDays, 1, 3650));
    }

    [Theory]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "x", "type": "colour", "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].type", "unknown field type 'colour'")]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "x", "type": "select", "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].options", "needs a non-empty array of options")]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "x", "type": "text", "label": { "fr-FR": "X" } }""", "fields[1].label.en-US", "missing text in this culture")]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "x", "type": "text", "regex": "([a-z", "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].regex", "invalid regular expression")]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "email", "type": "text", "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].alias", "duplicate field alias 'email'")]
    [InlineData("""{ "key": "not-a-guid", "alias": "x", "type": "text", "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].key", "is not a GUID")]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "x", "type": "text", "mandatroy": true, "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].mandatroy", "unknown property")]
    [InlineData("""{ "key": "7d5c3f0e-1111-4a4a-9b9b-000000000003", "alias": "x", "type": "text", "validator": "iban", "label": { "fr-FR": "X", "en-US": "X" } }""", "fields[1].validator", "unknown validator 'iban'")]
    public void Load_BrokenField_MessageNamesFileAndField(string field, string path, string problem)
    {
        var ex = Assert.Throws<CmsConfigurationException>(() => TestForms.Parse(Minimal.Replace("FIELD", field, StringComparison.Ordinal)));

        Assert.Equal("forms/test.json", ex.File);
        Assert.Equal(path, ex.JsonPath);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"umbraco-config/forms/test.json: {path}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_MessageGivesLine()
    {
        var ex = Assert.Throws<CmsConfigurationException>(() => TestForms.Parse("{\n  \"alias\": \"x\",\n  oops\n}"));

        Assert.Equal("forms/test.json", ex.File);
        Assert.StartsWith("line 3", ex.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadRecipient_MessageNamesRecipient()
    {
        var json = Minimal.Replace(",\n    FIELD", string.Empty, StringComparison.Ordinal)
            .Replace("\"retentionDays\": 30,", "\"retentionDays\": 30, \"recipients\": [\"ok@example.fr\", \"evil@example.fr\\r\\nBcc: x@y.z\"],", StringComparison.Ordinal);

        var ex = Assert.Throws<CmsConfigurationException>(() => TestForms.Parse(json));

        Assert.Equal("recipients[1]", ex.JsonPath);
    }
}
