using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>A writer reorders pages by drag and drop, in the editor's children table and in the content tree.</summary>
public sealed class EditorSortsPagesByDragTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Writer_DragsAChildBelowAnother_OrderIsSavedInTheDatabase()
    {
        var page = await SignInAsync();
        var home = await HomeAsync();
        var before = await ChildrenAsync(home);
        Assert.True(before.Count >= 3);

        await page.GotoAsync($"/umbraco/content/edit/{home}");
        var rows = page.Locator("tbody[data-sortable] > tr");
        var target = rows.Nth(2);
        var box = (await target.BoundingBoxAsync())!;
        await rows.Nth(0).DragToAsync(target, new() { TargetPosition = new() { X = 10, Y = box.Height - 3 } });

        await Assertions.Expect(page.Locator("[data-sort-status]")).ToHaveTextAsync("Order saved.");
        List<Guid> expected = [before[1], before[2], before[0], .. before.Skip(3)];
        Assert.Equal(expected, await ChildrenAsync(home));
        await Assertions.Expect(rows.Nth(0).Locator("button[value=up]")).ToBeDisabledAsync();
        await Assertions.Expect(rows.Nth(2).Locator("button[value=up]")).ToBeEnabledAsync();

        // The tree: expand the home page and drag its (new) first child back above the others.
        await page.GotoAsync("/umbraco/content");
        await page.Locator($"li[data-key='{home}'] > button.bo-toggle").ClickAsync();
        var items = page.Locator($"li[data-key='{home}'] > ul > li");
        await Assertions.Expect(items).ToHaveCountAsync(before.Count);
        var moved = page.Locator($"li[data-key='{before[0]}'] > a");
        await moved.DragToAsync(items.Nth(0).Locator("> a"), new() { TargetPosition = new() { X = 5, Y = 2 } });

        await Assertions.Expect(page.Locator("[data-sort-status]")).ToHaveTextAsync("Order saved.");
        Assert.Equal(before, await ChildrenAsync(home));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync()
    {
        const string password = "ui test password 42";
        var email = $"ui-sort-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Sort", password, BackOfficeRoles.Writer, "en-US")).Succeeded);
        }

        var page = await app.NewPageAsync("en-US");
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");
        return page;
    }

    private async Task<Guid> HomeAsync() =>
        (await app.Factory.Services.GetRequiredService<IContentService>().GetChildrenAsync(null)).First(c => c.ContentTypeAlias == "home").Key;

    private async Task<List<Guid>> ChildrenAsync(Guid parent) =>
        (await app.Factory.Services.GetRequiredService<IContentService>().GetChildrenAsync(parent)).Select(c => c.Key).ToList();
}
