using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Web.UiTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.FormsInbox;

/// <summary>An editor ticks several entries, marks them handled, then deletes one through the confirmation page (no script needed).</summary>
public sealed class InboxBulkActionsTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Inbox_SelectSeveral_MarkHandledThenDeleteAfterConfirmation_Accessible()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var keys = new List<Guid>();
        await using (var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<FormsDbContext>>().CreateDbContextAsync())
        {
            // Entries as the submission service stores them (the public form has its own browser test).
            for (var i = 0; i < 3; i++)
            {
                var key = Guid.NewGuid();
                keys.Add(key);
                db.Entries.Add(new FormEntry
                {
                    Key = key,
                    FormAlias = "contact",
                    FormKey = Guid.NewGuid(),
                    Culture = "fr-FR",
                    CreatedUtc = DateTime.UtcNow.AddMinutes(-i),
                    ValuesJson = $$"""{"name":["Bulk {{run}} {{i}}"],"email":["bulk-{{run}}-{{i}}@example.fr"],"message":["Message {{run}} {{i}}"]}""",
                    Email = $"bulk-{run}-{i}@example.fr",
                    State = FormEntryState.New,
                    IdempotencyToken = Guid.NewGuid().ToString("N"),
                });
            }

            await db.SaveChangesAsync();
        }

        const string password = "ui test password 42";
        var editorEmail = $"ui-bulk-{run}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(editorEmail, "UI Bulk", password, BackOfficeRoles.Editor, "en-US")).Succeeded);
        }

        var page = await app.NewPageAsync("en-US");
        await page.GotoAsync("/umbraco");
        await page.FillAsync("#email", editorEmail);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.GotoAsync($"/umbraco/inbox/contact?q={run}");
        AssertAccessible("inbox", await page.RunAxe());
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select the entry of" }).Nth(0).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select the entry of" }).Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as handled" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "2 entries updated." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr.bo-inbox__row--handled")).ToHaveCountAsync(2);

        await page.Locator("tr", new() { HasText = $"bulk-{run}-2@example.fr" }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete the selected entries (1)?" })).ToBeVisibleAsync();
        AssertAccessible("bulk delete confirmation", await page.RunAxe());
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "1 entries deleted." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.bo-inbox")).Not.ToContainTextAsync($"bulk-{run}-2@example.fr");

        await using (var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<FormsDbContext>>().CreateDbContextAsync())
        {
            var left = await db.Entries.Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, e => e.State);
            Assert.Equal(2, left.Count);
            Assert.All(left.Values, s => Assert.Equal(FormEntryState.Handled, s));
            Assert.False(left.ContainsKey(keys[2]));
        }

        await page.Context.CloseAsync();
    }

    private static void AssertAccessible(string where, AxeResult result) =>
        Assert.True(result.Violations.Length == 0, $"axe on the {where} page: " + string.Join("; ", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
}
