using System.Text.Json.Nodes;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Tests.Support;

namespace AgriPole.Cms.Core.Tests.Persistence.Content;

/// <summary>A document type that does not vary by culture: one name, shown and published in every culture at once.</summary>
public sealed class ContentServiceInvariantTypeTests : IAsyncLifetime
{
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync(editConfig: config =>
    {
        config.Write("document-types/legalNotice.json", """
            {
              "key": "0a6b1c2d-0002-4000-8000-0000000000aa", "alias": "legalNotice",
              "name": { "fr-FR": "Mentions légales", "en-US": "Legal notice" },
              "variesByCulture": false,
              "properties": [ { "alias": "title", "name": { "fr-FR": "Titre", "en-US": "Title" }, "dataType": "textstring", "mandatory": true } ]
            }
            """);
        config.Edit("document-types/home.json", o => o["allowedChildren"]!.AsArray().Add("legalNotice"));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PublishAsync_InvariantType_NameAndPublicationInEveryCulture()
    {
        var item = new ContentItem { ParentKey = FixtureKeys.Home, ContentTypeAlias = "legalNotice" };
        item.InvariantValues["title"] = Items.Json("Mentions légales");
        item.Cultures["fr-FR"] = new ContentCultureVariation { Culture = "fr-FR", Name = "Mentions légales" };

        var saved = await _host.Content.SaveAsync(item);
        var published = await _host.Content.PublishAsync(item.Key, ["fr-FR"]);

        Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => e.Code)));
        Assert.Equal("Mentions légales", saved.Value!.Cultures["en-US"].Name);
        Assert.True(published.Success);
        Assert.Equal(item.Key, _host.Current.GetByRoute("fr-FR", "/mentions-legales/")!.Key);
        Assert.Equal(item.Key, _host.Current.GetByRoute("en-US", "/mentions-legales/")!.Key);
        Assert.Equal("Mentions légales", _host.Current.GetById(item.Key)!.GetString("title", "en-US"));

        await _host.Content.UnpublishAsync(item.Key, ["en-US"]);

        Assert.Null(_host.Current.GetById(item.Key));
    }
}
