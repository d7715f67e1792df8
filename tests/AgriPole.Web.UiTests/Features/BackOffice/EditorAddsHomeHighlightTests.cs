using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>
/// An editor adds a highlight block to the home page with the block list editor (script-driven add and move), fills
/// it, publishes, and a visitor sees it on the public home page in the chosen position.
/// </summary>
public sealed class EditorAddsHomeHighlightTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Editor_AddsFillsMovesAndPublishesAHighlight_VisibleOnThePublicHomePage()
    {
        const string password = "ui test password 42";
        var email = $"ui-blocks-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Blocks", password, BackOfficeRoles.Editor, "en-US");
            Assert.True(created.Succeeded);
        }

        var home = await FindHomeAsync();
        var page = await app.NewPageAsync("en-US");
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") console.Add(m.Text); };
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.GotoAsync($"/umbraco/content/edit/{home}");
        await page.ClickAsync("#tab-highlights");
        var list = page.Locator("#v-fr-FR-highlights");
        var cards = list.Locator(":scope > ol > li[data-block]");
        var before = await cards.CountAsync();
        Assert.True(before >= 2, "the seed has highlights on the home page");
        var lastSeedTitle = await cards.Nth(before - 1).Locator("input[name$='.v.title']").InputValueAsync();

        // Add: the card is created in the page (no request) and the keyboard focus lands in its first field.
        var requests = 0;
        page.Request += (_, r) => { if (r.Method == "POST") requests++; };
        var add = list.Locator("[data-block-add='highlightBlock']");
        await add.ScrollIntoViewIfNeededAsync();
        await add.ClickAsync();
        await Assertions.Expect(cards).ToHaveCountAsync(before + 1);
        Assert.Equal(0, requests);
        var card = cards.Nth(before);
        var title = card.Locator("input[name$='.v.title']");
        await Assertions.Expect(title).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Un guichet unique pour l'innovation");
        await card.Locator("textarea[name$='.v.text']").FillAsync("Un seul contact pour monter votre projet.");
        await card.Locator("input[name$='.v.link.0.name']").FillAsync("Nous contacter");
        await card.Locator("input[name$='.v.link.0.url']").FillAsync("/contact/");

        // Move it up one place with the keyboard: it now sits before the last seed highlight.
        await card.Locator("[data-block-move='up']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(cards.Nth(before - 1).Locator("input[name$='.v.title']")).ToHaveValueAsync("Un guichet unique pour l'innovation");
        await Assertions.Expect(cards.Nth(before - 1).Locator("[data-block-number]")).ToHaveTextAsync((before).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, requests);

        await page.ClickAsync("#bo-publish");
        await page.WaitForURLAsync("**m=published");
        await Assertions.Expect(page.Locator("#v-fr-FR-highlights > ol > li[data-block]")).ToHaveCountAsync(before + 1);

        var visitor = await app.NewPageAsync();
        var response = await visitor.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        var titles = await visitor.Locator(".highlights h2").AllInnerTextsAsync();
        var added = titles.ToList().FindIndex(t => t.Contains("Un guichet unique pour l'innovation", StringComparison.Ordinal));
        Assert.True(added >= 0, "the new highlight is on the public home page: " + string.Join(" | ", titles));
        Assert.Contains(lastSeedTitle, titles[added + 1], StringComparison.Ordinal);
        Assert.Equal("/contact/", await visitor.Locator(".highlights h2 a", new() { HasText = "Un guichet unique" }).GetAttributeAsync("href"));
        Assert.Empty(console);
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_WithoutJavaScript_AddsAHighlightByRoundTripAndSavesIt()
    {
        const string password = "ui test password 42";
        var email = $"ui-nojs-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI No JS", password, BackOfficeRoles.Editor, "fr-FR")).Succeeded);
        }

        var home = await FindHomeAsync();
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.GotoAsync($"/umbraco/content/edit/{home}");
        var cards = page.Locator("#v-en-US-highlights > ol > li[data-block]");
        var before = await cards.CountAsync();

        // The add button posts the form; the page comes back with an empty card and says nothing is saved yet.
        await page.ClickAsync("#v-en-US-highlights [data-block-add='highlightBlock']");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Pensez à enregistrer");
        await Assertions.Expect(cards).ToHaveCountAsync(before + 1);
        await cards.Nth(before).Locator("input[name$='.v.title']").FillAsync("A single door to innovation");

        // Pressing Enter in a field saves (the hidden default button), it does not trigger a block button.
        await cards.Nth(before).Locator("input[name$='.v.title']").PressAsync("Enter");
        await page.WaitForURLAsync("**m=saved");

        var stored = (await app.Factory.Services.GetRequiredService<IContentService>().GetByIdAsync(home))!.Cultures["en-US"].Values["highlights"];
        Assert.Equal(before + 1, stored.GetArrayLength());
        Assert.Equal("A single door to innovation", stored[before].GetProperty("values").GetProperty("title").GetString());
        Assert.Equal("highlightBlock", stored[before].GetProperty("contentType").GetString());
        await context.CloseAsync();
    }

    private async Task<Guid> FindHomeAsync()
    {
        var content = app.Factory.Services.GetRequiredService<IContentService>();
        return (await content.GetChildrenAsync(null)).First(c => c.ContentTypeAlias == "home").Key;
    }
}
