using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>
/// The picker dialog with the keyboard only: open it from its field's button, search (accents not needed), move to a
/// result with the arrows, pick it with Enter; Escape closes; focus comes back to the button; axe finds nothing on the
/// open dialog (WCAG 2.1 A and AA).
/// </summary>
public sealed class PickerDialogTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    private const string Password = "ui test password 42";

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("en-US", 1280)]
    [InlineData("fr-FR", 390)]
    public async Task PickerDialog_KeyboardOnly_PicksAPageAndAMediaItemBySearch(string uiCulture, int width)
    {
        var content = app.Factory.Services.GetRequiredService<IContentService>();
        var home = (await content.GetChildrenAsync(null)).First(c => c.ContentTypeAlias == "home").Key;
        var newsList = (await content.GetChildrenAsync(home)).First(c => c.ContentTypeAlias == "newsList");
        var news = (await content.GetChildrenAsync(newsList.Key)).First(c => c.InvariantValues.TryGetValue("image", out var v) && v.GetArrayLength() > 0).Key;
        var page = await SignInAsync(uiCulture, width);
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") console.Add(m.Text); };
        var dialog = page.Locator("dialog[data-picker-dialog]");
        var problems = new List<string>();

        // A page for the first "join" link of the home page: its name typed without accents.
        await page.GotoAsync($"/umbraco/content/edit/{home}");
        var linkPage = page.Locator("input[name='v.fr-FR.ctaJoin.0.content']");
        var linkPicker = page.Locator("[data-picker='content']").Filter(new() { Has = linkPage });
        var open = linkPicker.Locator("[data-picker-open]");
        var panel = await page.Locator("[role=tabpanel]").Filter(new() { Has = linkPage }).GetAttributeAsync("id");
        await page.Locator($"[role=tab][aria-controls='{panel}']").ClickAsync();
        await Assertions.Expect(open).ToBeVisibleAsync();
        await Assertions.Expect(linkPage).ToHaveAttributeAsync("type", "hidden");
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("[data-picker-search]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Fold(newsList.Cultures["fr-FR"].Name));
        var result = dialog.Locator($"button[data-picker-choose]").Filter(new() { HasText = newsList.Cultures[uiCulture].Name });
        await Assertions.Expect(result.First).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("[data-picker-status]")).Not.ToBeEmptyAsync();
        await AxeAsync(page, $"the page picker dialog ({uiCulture}, {width}px)", problems);
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(dialog.Locator("button[data-picker-choose]").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await Assertions.Expect(open).ToBeFocusedAsync();
        await Assertions.Expect(linkPage).ToHaveValueAsync(newsList.Key.ToString());
        await Assertions.Expect(linkPicker.Locator("[data-picker-name]")).ToHaveTextAsync(newsList.Cultures[uiCulture].Name);

        // Escape closes without changing anything and gives the focus back.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await Assertions.Expect(open).ToBeFocusedAsync();
        await Assertions.Expect(linkPage).ToHaveValueAsync(newsList.Key.ToString());
        await page.Locator("#bo-save").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**m=saved");
        var links = (await content.GetByIdAsync(home))!.Cultures["fr-FR"].Values["ctaJoin"];
        Assert.Equal(newsList.Key.ToString(), links[0].GetProperty("contentKey").GetString());

        // A media item for a news item's image (an "Actualité" image now): search the example logos, pick the second
        // result with the arrows.
        await page.GotoAsync($"/umbraco/content/edit/{news}");
        var image = page.Locator("#i-image");
        var mediaPicker = page.Locator("[data-picker='media']").Filter(new() { Has = image });
        var before = await image.InputValueAsync();
        await mediaPicker.Locator("[data-picker-open]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("logo exemple");
        var choices = dialog.Locator("button[data-picker-choose]");
        await Assertions.Expect(choices.Nth(1)).ToBeVisibleAsync();
        await Assertions.Expect(choices.First.Locator("img")).ToHaveAttributeAsync("alt", string.Empty);
        await AxeAsync(page, $"the media picker dialog ({uiCulture}, {width}px)", problems);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(choices.Nth(1)).ToBeFocusedAsync();
        var chosenName = (await choices.Nth(1).Locator(".bo-picker-name").TextContentAsync())!;
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await Assertions.Expect(mediaPicker.Locator("[data-picker-name]")).ToHaveTextAsync(chosenName);
        Assert.NotEqual(string.Empty, await image.InputValueAsync());
        Assert.NotEqual(before, await image.InputValueAsync());
        await Assertions.Expect(mediaPicker.Locator("[data-picker-chosen] img")).ToBeVisibleAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(console.Count == 0, string.Join(Environment.NewLine, console));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TreeLevel_WiderThanAPage_ShowMoreLoadsTheRestWithTheKeyboard()
    {
        var content = app.Factory.Services.GetRequiredService<IContentService>();
        var home = (await content.GetChildrenAsync(null)).First(c => c.ContentTypeAlias == "home").Key;
        var parent = await SaveAsync(content, home, "Niveau très large");
        for (var i = 0; i < 205; i++)
        {
            await SaveAsync(content, parent, $"Feuille {i:D3}");
        }

        var page = await SignInAsync("en-US", 1280);
        await page.GotoAsync("/umbraco/content");
        await page.Locator($"li[data-key='{home}'] > button.bo-toggle").ClickAsync();
        var level = page.Locator($"li[data-key='{parent}']");
        await level.Locator("> button.bo-toggle").ClickAsync();
        await Assertions.Expect(level.Locator("> ul > li[data-key]")).ToHaveCountAsync(200);
        var more = level.Locator("> ul > li.bo-tree-more a");
        await Assertions.Expect(more).ToContainTextAsync("Show 5 more (200 of 205)");
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(level.Locator("> ul > li[data-key]")).ToHaveCountAsync(205);
        await Assertions.Expect(level.Locator("> ul > li.bo-tree-more")).ToHaveCountAsync(0);
        await Assertions.Expect(level.Locator("> ul > li[data-key]").Nth(200).Locator("a")).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    private static async Task<Guid> SaveAsync(IContentService content, Guid parent, string name)
    {
        var item = new AgriPole.Cms.Core.Models.ContentItem { ContentTypeAlias = "contentPage", ParentKey = parent };
        item.Cultures["fr-FR"] = new AgriPole.Cms.Core.Models.ContentCultureVariation
        {
            Culture = "fr-FR",
            Name = name,
            Values = new(StringComparer.OrdinalIgnoreCase) { ["title"] = System.Text.Json.JsonSerializer.SerializeToElement(name) },
        };
        var result = await content.SaveAsync(item, "ui-tests@example.org");
        Assert.True(result.Success);
        return result.Value!.Key;
    }

    private static async Task AxeAsync(IPage page, string where, List<string> problems)
    {
        var result = await page.RunAxe(Wcag21AA);
        problems.AddRange(result.Violations.Select(v =>
            $"axe on {where}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }

    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();

    private async Task<IPage> SignInAsync(string uiCulture, int width)
    {
        var email = $"ui-picker-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Picker", Password, BackOfficeRoles.Editor, uiCulture)).Succeeded);
        }

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/umbraco");
        return page;
    }
}
