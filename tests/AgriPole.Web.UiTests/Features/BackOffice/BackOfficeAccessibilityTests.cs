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
/// The back-office pages an administrator uses all day, checked by axe (WCAG 2.1 A and AA rules) with no violation
/// allowed, on a phone-sized viewport without horizontal scrolling, with a visible keyboard focus.
/// </summary>
public sealed class BackOfficeAccessibilityTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    private const string Password = "ui test password 42";

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, int> Viewports => new() { { "en-US", 1280 }, { "fr-FR", 390 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task BackOfficePages_AsAdministrator_HaveNoAxeViolationAndNoHorizontalScroll(string uiCulture, int width)
    {
        var email = await CreateAdministratorAsync(uiCulture);
        var home = await HomeAsync();
        var page = await NewPageAsync(width);
        var problems = new List<string>();

        await page.GotoAsync("/umbraco/login");
        await AssertPageAsync(page, "login", width, problems);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.GotoAsync("/umbraco/content");
        await page.Locator($"li[data-key='{home}'] > button.bo-toggle").ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-key='{home}'] > ul > li").First).ToBeVisibleAsync();
        await AssertPageAsync(page, "content tree", width, problems);

        // The home editor on its block list tab, with a block added by the script (a fresh card is checked too).
        await page.GotoAsync($"/umbraco/content/edit/{home}");
        await page.ClickAsync("#tab-highlights");
        await page.Locator("#v-fr-FR-highlights [data-block-add='highlightBlock']").ClickAsync();
        await AssertPageAsync(page, "content editor (highlights)", width, problems);
        await page.ClickAsync("#tab-content");
        await AssertPageAsync(page, "content editor (content)", width, problems);

        var news = await FirstNewsWithImageAsync();
        await page.GotoAsync($"/umbraco/content/edit/{news}");
        await AssertPageAsync(page, "news editor (media picker, rich text)", width, problems);

        foreach (var (path, name) in new[]
        {
            ("/umbraco", "dashboard"), ("/umbraco/media", "media library"), ("/umbraco/dictionary", "dictionary"),
            ("/umbraco/users", "users"), ("/umbraco/inbox", "forms inbox"), ("/umbraco/audit", "audit log"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await AssertPageAsync(page, name, width, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_KeyboardOnly_ReachesTheBlockButtonsWithAVisibleFocus()
    {
        var email = await CreateAdministratorAsync("en-US");
        var home = await HomeAsync();
        var page = await NewPageAsync(1280);
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/umbraco");
        await page.GotoAsync($"/umbraco/content/edit/{home}");
        await page.Locator("#tab-content").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#tab-highlights")).ToHaveAttributeAsync("aria-selected", "true");

        // Tab from the tab list until the first block list button has the focus; it must show an outline.
        var add = page.Locator("#v-fr-FR-highlights [data-block-add='highlightBlock']");
        for (var i = 0; i < 400 && !await add.EvaluateAsync<bool>("b => document.activeElement === b"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await add.EvaluateAsync<bool>("b => document.activeElement === b"), "the add block button is reachable with Tab");
        var outline = await add.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth");
        Assert.StartsWith("solid", outline, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0px", outline, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>Checks one page; problems are collected so one run reports every page's, then the test fails on them.</summary>
    private static async Task AssertPageAsync(IPage page, string where, int width, List<string> problems)
    {
        var result = await page.RunAxe(Wcag21AA);
        problems.AddRange(result.Violations.Select(v =>
            $"axe on the {where} page at {width}px: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
        var overflow = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (overflow[0] > overflow[1])
        {
            var wide = await page.EvaluateAsync<string>(@"() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-3).map(e => e.outerHTML.slice(0, 120)).join(' | ')");
            problems.Add($"the {where} page scrolls sideways at {width}px: scrollWidth {overflow[0]} > clientWidth {overflow[1]}: {wide}");
        }
    }

    private async Task<IPage> NewPageAsync(int width)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    private async Task<string> CreateAdministratorAsync(string uiCulture)
    {
        var email = $"ui-a11y-{Guid.NewGuid():N}@example.org";
        await using var scope = app.Factory.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Admin", Password, BackOfficeRoles.Administrator, uiCulture)).Succeeded);
        return email;
    }

    private async Task<Guid> HomeAsync() =>
        (await app.Factory.Services.GetRequiredService<IContentService>().GetChildrenAsync(null)).First(c => c.ContentTypeAlias == "home").Key;

    private async Task<Guid> FirstNewsWithImageAsync()
    {
        var content = app.Factory.Services.GetRequiredService<IContentService>();
        var newsList = (await content.GetChildrenAsync(await HomeAsync())).First(c => c.ContentTypeAlias == "newsList").Key;
        return (await content.GetChildrenAsync(newsList)).First(c => c.InvariantValues.ContainsKey("image")).Key;
    }
}
