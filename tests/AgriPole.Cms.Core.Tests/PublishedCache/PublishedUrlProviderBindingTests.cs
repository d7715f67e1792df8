using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Core.Tests.PublishedCache;

public class PublishedUrlProviderBindingTests
{
    private static readonly PublishedUrlProvider Provider = new(new CmsDefinitions(
        "/config",
        [new Language("fr-FR", "Français", true, true, null), new Language("en-US", "English", false, false, "fr-FR")],
        [
            new DomainBinding("fr-FR", null, "/"),
            new DomainBinding("en-US", null, "/en"),
            new DomainBinding("en-US", "agripole-sw.example", "/"),
        ],
        new Dictionary<string, DataType>(),
        new Dictionary<string, ContentType>(),
        []));

    [Theory]
    [InlineData("agripole-sw.example", "/about/", "en-US", "/")]
    [InlineData("AGRIPOLE-SW.example:8443", "/", "en-US", "/")]
    [InlineData("agripole.example", "/a-propos/", "fr-FR", "/")]
    [InlineData("agripole.example", "/en/about/", "en-US", "/en")]
    [InlineData(null, "/EN/about/", "en-US", "/en")]
    [InlineData(null, "/english/", "fr-FR", "/")]
    public void GetBinding_HostThenLongestPrefix_Wins(string? host, string path, string culture, string prefix)
    {
        var binding = Provider.GetBinding(host, path);

        Assert.Equal((culture, prefix), (binding.Culture, binding.PathPrefix));
    }

    [Fact]
    public void Resolve_HostBinding_RouteIsWholePath()
    {
        var snapshot = PublishedSnapshotBuilder.Build(new CmsDefinitions("/c", [new Language("fr-FR", "Français", true, true, null)], [], new Dictionary<string, DataType>(), new Dictionary<string, ContentType>(), []), [], [], new Dictionary<string, DictionaryItem>(), 1);

        var match = Provider.Resolve(snapshot, "agripole-sw.example", "/about/");

        Assert.Equal(("en-US", "/about/"), (match.Culture, match.Route));
        Assert.Null(match.Node);
    }
}
