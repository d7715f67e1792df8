using System.Net;
using System.Text.Json.Nodes;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Services;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>
/// The block list editor over HTTP: cards with real fields, the stored JSON shape, validation beside the field in the
/// editor's language, forged element types refused, and the script-less add/remove/move round trip.
/// </summary>
public sealed class BlockListEditorTests : IClassFixture<BackOfficeApp>
{
    private const string Highlights = "v.fr-FR.highlights";
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public BlockListEditorTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Edit_HomeWithHighlights_RendersOneCardPerBlockWithItsFieldsAndNoJson()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var stored = StoredBlocks(await helpers.GetAsync(home), "fr-FR");

        var form = await EditorForm.LoadAsync(client, home);

        var cards = form.Document.QuerySelectorAll($"#{Id(Highlights)} > ol > li[data-block]");
        Assert.Equal(stored.Count, cards.Length);
        Assert.NotEmpty(cards);
        var first = stored[0]!;
        var firstId = Guid.Parse(first["key"]!.ToString()).ToString("N");
        Assert.Equal(firstId, cards[0].GetAttribute("data-block-id"));
        Assert.Contains("Highlight", cards[0].QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(first["values"]!["title"]!.ToString(), form.Values($"{Highlights}.b.{firstId}.v.title").Single());
        Assert.Equal(first["values"]!["text"]!.ToString(), form.Values($"{Highlights}.b.{firstId}.v.text").Single());
        Assert.Equal(stored.Select(b => Guid.Parse(b!["key"]!.ToString()).ToString("N")), form.Values($"{Highlights}.order"));
        Assert.NotNull(form.Document.QuerySelector($"#{Id(Highlights)} > template[data-block-template='highlightBlock']"));
        Assert.Null(form.Document.QuerySelector($"textarea[name='{Highlights}']"));
    }

    [Fact]
    public async Task Save_FormAsRendered_StoresTheSameBlockListJson()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var before = StoredBlocks(await helpers.GetAsync(home), "en-US");

        var form = await EditorForm.LoadAsync(client, home);
        var response = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = StoredBlocks(await helpers.GetAsync(home), "en-US");
        Assert.True(JsonNode.DeepEquals(before, after), $"before: {before.ToJsonString()}\nafter: {after.ToJsonString()}");
    }

    [Fact]
    public async Task Save_AddedReorderedAndRemovedBlocks_StoredInPostedOrderInUmbracoShape()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var page = await CreatePageAsync(client, "Page à sections");
        var key = Guid.NewGuid();
        var id = key.ToString("N");
        var second = Guid.NewGuid().ToString("N");
        const string sections = "v.fr-FR.sections";
        var form = (await EditorForm.LoadAsync(client, page))
            .Set("v.fr-FR.title", "Page à sections")
            .Add($"{sections}.order", second)
            .Add($"{sections}.b.{second}.type", "richTextBlock")
            .Add($"{sections}.b.{second}.v.text", "<p>Deuxième</p>")
            .Add($"{sections}.order", id)
            .Add($"{sections}.b.{id}.type", "callToActionBlock")
            .Add($"{sections}.b.{id}.v.title", "Adhérez au pôle")
            .Add($"{sections}.b.{id}.v.text", "Rejoignez 300 membres.")
            .Add($"{sections}.b.{id}.v.link.present", "1")
            .Add($"{sections}.b.{id}.v.link.0.name", "Adhérer")
            .Add($"{sections}.b.{id}.v.link.0.url", "/adherer/");

        var response = await form.PostAsync(client, $"/umbraco/content/edit/{page}?handler=save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var blocks = StoredBlocks(await helpers.GetAsync(page), "fr-FR", "sections");
        Assert.Equal(2, blocks.Count);
        Assert.Equal("richTextBlock", blocks[0]!["contentType"]!.ToString());
        var expected = JsonNode.Parse($$"""
            {
              "key": "{{key}}",
              "contentType": "callToActionBlock",
              "values": {
                "title": "Adhérez au pôle",
                "text": "Rejoignez 300 membres.",
                "link": [ { "name": "Adhérer", "target": null, "url": "/adherer/", "queryString": null, "contentKey": null, "mediaKey": null } ]
              },
              "settings": null
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, blocks[1]), blocks[1]!.ToJsonString());

        // Swap the two and drop the rich text block: the stored list follows the posted order.
        var again = (await EditorForm.LoadAsync(client, page)).RemoveWhere(f => f.Key.StartsWith($"{sections}.b.{second}.", StringComparison.Ordinal) || f.Value == second);
        Assert.Equal([id], again.Values($"{sections}.order"));
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostAsync(client, $"/umbraco/content/edit/{page}?handler=save")).StatusCode);
        var remaining = StoredBlocks(await helpers.GetAsync(page), "fr-FR", "sections");
        Assert.Equal(key.ToString(), Assert.Single(remaining)!["key"]!.ToString());
    }

    [Theory]
    [InlineData("en-US", "\"Title\" is required.")]
    [InlineData("fr-FR", "« Titre » est obligatoire.")]
    public async Task Save_BlockWithoutMandatoryTitle_ShowsTheMessageBesideTheFieldInTheEditorsLanguageAndSavesNothing(string uiCulture, string message)
    {
        var client = await SignedInAsync(BackOfficeRoles.Editor, uiCulture);
        var home = await helpers.FindByTypeAsync("home");
        var before = StoredBlocks(await helpers.GetAsync(home), "fr-FR");
        var id = Guid.NewGuid().ToString("N");
        var form = (await EditorForm.LoadAsync(client, home))
            .Add($"{Highlights}.order", id)
            .Add($"{Highlights}.b.{id}.type", "highlightBlock")
            .Add($"{Highlights}.b.{id}.v.title", "   ")
            .Add($"{Highlights}.b.{id}.v.text", "Texte sans titre");

        var response = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var fieldId = Id($"{Highlights}.b.{id}.v.title");
        Assert.Contains(message, EditorForm.ErrorBeside(document, fieldId), StringComparison.Ordinal);
        Assert.Equal($"{fieldId}-error", document.GetElementById(fieldId)!.GetAttribute("aria-describedby"));
        Assert.Equal("Texte sans titre", document.GetElementById(Id($"{Highlights}.b.{id}.v.text"))!.TextContent);
        Assert.Contains(message, document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(before, StoredBlocks(await helpers.GetAsync(home), "fr-FR")));
    }

    [Theory]
    [InlineData("seoComposition")]
    [InlineData("richTextBlock")]
    [InlineData("noSuchBlock")]
    [InlineData("")]
    public async Task Save_ForgedElementType_IsRefusedWithAClearMessageAndNothingIsSaved(string alias)
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var item = await helpers.GetAsync(home);
        var before = StoredBlocks(item, "fr-FR");
        var intro = item.Cultures["fr-FR"].Values["intro"].GetString();
        var id = Guid.NewGuid().ToString("N");
        var form = (await EditorForm.LoadAsync(client, home))
            .Set("v.fr-FR.intro", "Ne doit pas être enregistré")
            .Add($"{Highlights}.order", id)
            .Add($"{Highlights}.b.{id}.type", alias)
            .Add($"{Highlights}.b.{id}.v.title", "Bloc forgé");

        var response = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"The block type \"{alias}\" is not allowed here; nothing was saved.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var after = await helpers.GetAsync(home);
        Assert.True(JsonNode.DeepEquals(before, StoredBlocks(after, "fr-FR")));
        Assert.Equal(intro, after.Cultures["fr-FR"].Values["intro"].GetString());
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("REPEATED")]
    public async Task Save_MalformedOrRepeatedBlockKey_IsRefused(string id)
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var form = await EditorForm.LoadAsync(client, home);
        if (id == "REPEATED")
        {
            // The same block twice in the order (its fields once, as a forged post would).
            form.Add($"{Highlights}.order", form.Values($"{Highlights}.order").First());
        }
        else
        {
            form.Add($"{Highlights}.order", id).Add($"{Highlights}.b.{id}.type", "highlightBlock").Add($"{Highlights}.b.{id}.v.title", "x");
        }

        var response = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var alert = new HtmlParser().ParseDocument(html).QuerySelector("[role=alert]")?.TextContent ?? html;
        Assert.True(alert.Contains("Invalid block list", StringComparison.Ordinal), alert);
    }

    [Fact]
    public async Task Save_MoreBlocksThanTheDataTypeAllows_IsRefused()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var form = await EditorForm.LoadAsync(client, home);
        for (var i = form.Values($"{Highlights}.order").Count(); i <= 8; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            form.Add($"{Highlights}.order", id).Add($"{Highlights}.b.{id}.type", "highlightBlock").Add($"{Highlights}.b.{id}.v.title", $"Bloc {i}");
        }

        var response = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("At most 8 blocks.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_RichTextInsideABlock_IsSanitised()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var page = await CreatePageAsync(client, "Page au texte piégé");
        var id = Guid.NewGuid().ToString("N");
        var form = (await EditorForm.LoadAsync(client, page))
            .Set("v.fr-FR.title", "Page au texte piégé")
            .Add("v.fr-FR.sections.order", id)
            .Add($"v.fr-FR.sections.b.{id}.type", "richTextBlock")
            .Add($"v.fr-FR.sections.b.{id}.v.text", "<p onclick=\"alert(1)\">Bonjour</p><script>alert(2)</script><a href=\"javascript:alert(3)\">x</a>");

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(client, $"/umbraco/content/edit/{page}?handler=save")).StatusCode);

        var html = StoredBlocks(await helpers.GetAsync(page), "fr-FR", "sections")[0]!["values"]!["text"]!.ToString();
        Assert.Contains("Bonjour", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Blocks_AddMoveRemoveWithoutScripts_RoundTripsThePageAndSavesNothing()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var before = StoredBlocks(await helpers.GetAsync(home), "fr-FR");

        // Add: the page comes back with one more (empty) card at the end, the typed intro kept, nothing saved.
        var form = (await EditorForm.LoadAsync(client, home)).Set("v.fr-FR.intro", "Intro en cours").Add("blockAction", $"add|{Highlights}|highlightBlock");
        var added = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=blocks");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var page = EditorForm.Parse(await added.Content.ReadAsStringAsync());
        Assert.Contains("Block added. Remember to save.", page.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var order = page.Values($"{Highlights}.order").ToList();
        Assert.Equal(before.Count + 1, order.Count);
        Assert.Equal(string.Empty, page.Values($"{Highlights}.b.{order[^1]}.v.title").Single());
        Assert.Equal("Intro en cours", page.Values("v.fr-FR.intro").Single());
        Assert.True(JsonNode.DeepEquals(before, StoredBlocks(await helpers.GetAsync(home), "fr-FR")));

        // Move the new card up, then remove the first card: the re-rendered order follows.
        page.Set($"{Highlights}.b.{order[^1]}.v.title", "Nouveau point fort").Add("blockAction", $"up|{Highlights}|{order[^1]}");
        var moved = EditorForm.Parse(await (await page.PostAsync(client, $"/umbraco/content/edit/{home}?handler=blocks")).Content.ReadAsStringAsync());
        Assert.Equal([.. order[..^2], order[^1], order[^2]], moved.Values($"{Highlights}.order"));
        moved.Add("blockAction", $"remove|{Highlights}|{order[0]}");
        var removed = EditorForm.Parse(await (await moved.PostAsync(client, $"/umbraco/content/edit/{home}?handler=blocks")).Content.ReadAsStringAsync());
        Assert.Equal([.. order[1..^2], order[^1], order[^2]], removed.Values($"{Highlights}.order"));

        // Saving the round-tripped form stores that order.
        Assert.Equal(HttpStatusCode.Redirect, (await removed.PostAsync(client, $"/umbraco/content/edit/{home}?handler=save")).StatusCode);
        var stored = StoredBlocks(await helpers.GetAsync(home), "fr-FR");
        Assert.Equal(removed.Values($"{Highlights}.order"), stored.Select(b => Guid.Parse(b!["key"]!.ToString()).ToString("N")));
        Assert.Equal("Nouveau point fort", stored[^2]!["values"]!["title"]!.ToString());
    }

    [Fact]
    public async Task Save_StoredBlockOfATypeNoLongerAllowed_IsShownAsUnknownAndKeptAsStored()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var page = await CreatePageAsync(client, "Page au bloc ancien");
        var content = app.Services.GetRequiredService<IContentService>();
        var item = await helpers.GetAsync(page);
        var legacy = JsonNode.Parse($$"""[{ "key": "{{Guid.NewGuid()}}", "contentType": "orientationBlock", "values": { "number": 3, "title": "Ancien" }, "settings": null }]""")!;
        item.Cultures["fr-FR"].Values["sections"] = System.Text.Json.JsonSerializer.SerializeToElement(legacy);
        Assert.True((await content.SaveAsync(item, "test")).Success);

        var form = await EditorForm.LoadAsync(client, page);
        Assert.Contains("Unknown block type: orientationBlock", form.Document.QuerySelector("#v-fr-FR-sections")!.TextContent, StringComparison.Ordinal);
        var response = await form.Set("v.fr-FR.title", "Page au bloc ancien").PostAsync(client, $"/umbraco/content/edit/{page}?handler=save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(legacy, StoredBlocks(await helpers.GetAsync(page), "fr-FR", "sections")));
    }

    [Theory]
    [InlineData("add|v.fr-FR.highlights|richTextBlock")]
    [InlineData("up|v.fr-FR.highlights|00000000000000000000000000000000")]
    [InlineData("explode|v.fr-FR.intro|x")]
    [InlineData("nonsense")]
    public async Task Blocks_ImpossibleAction_Is400AndChangesNothing(string action)
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var before = StoredBlocks(await helpers.GetAsync(home), "fr-FR");
        var form = (await EditorForm.LoadAsync(client, home)).Add("blockAction", action);

        var response = await form.PostAsync(client, $"/umbraco/content/edit/{home}?handler=blocks");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Count, EditorForm.Parse(await response.Content.ReadAsStringAsync()).Values($"{Highlights}.order").Count());
        Assert.True(JsonNode.DeepEquals(before, StoredBlocks(await helpers.GetAsync(home), "fr-FR")));
    }

    private static string Id(string field) => field.Replace('.', '-');

    private static JsonArray StoredBlocks(Core.Models.ContentItem item, string culture, string alias = "highlights") =>
        item.Cultures[culture].Values.TryGetValue(alias, out var v) ? (JsonNode.Parse(v.GetRawText()) as JsonArray)! : [];

    private async Task<Guid> CreatePageAsync(HttpClient client, string name)
    {
        var home = await helpers.FindByTypeAsync("home");
        return await ContentEditingTests.CreateAsync(client, home, "contentPage", name);
    }

    private async Task<HttpClient> SignedInAsync(string role, string uiCulture)
    {
        var client = app.CreateBrowser();
        var email = await app.CreateUserAsync(role, uiCulture: uiCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password)).StatusCode);
        return client;
    }
}
