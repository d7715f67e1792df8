using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>An editor signs in at /umbraco, writes a news item in French and English (Tiptap), publishes it and finds it on the public site.</summary>
public sealed class EditorPublishesNewsTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Editor_CreatesAndPublishesBilingualNews_VisibleOnThePublicSite()
    {
        const string password = "ui test password 42";
        var email = $"ui-editor-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Editor", password, BackOfficeRoles.Editor, "en-US");
            Assert.True(created.Succeeded);
        }

        var newsList = await FindNewsListAsync();
        var page = await app.NewPageAsync("en-US");
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") console.Add(m.Text); };

        await page.GotoAsync("/umbraco");
        Assert.Contains("/umbraco/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.GotoAsync($"/umbraco/content/create?parent={newsList}");
        await page.SelectOptionAsync("#type", "newsItem");
        await page.FillAsync("#name", "Journée innovation au champ");
        await page.ClickAsync("form[action='/umbraco/content/create'] button[type=submit]");
        await page.WaitForURLAsync("**/umbraco/content/edit/**");

        await page.FillAsync("#name-en-US", "Innovation day in the field");
        await page.FillAsync("#v-fr-FR-title", "Journée innovation au champ");
        await page.FillAsync("#v-en-US-title", "Innovation day in the field");
        await page.FillAsync("#i-publishDate", "2027-03-15T09:00");

        // The rich text is a Tiptap editor over the hidden textarea.
        var frenchBody = page.Locator("[lang='fr-FR'] [data-editor='Umbraco.RichText'] .ProseMirror");
        await frenchBody.ClickAsync();
        await page.Keyboard.TypeAsync("Des démonstrations de robots agricoles.");
        var englishBody = page.Locator("[lang='en-US'] [data-editor='Umbraco.RichText'] .ProseMirror");
        await englishBody.ClickAsync();
        await page.Keyboard.TypeAsync("Farm robot demonstrations.");

        await page.ClickAsync("#bo-publish");
        await page.WaitForURLAsync("**m=published");
        Assert.Contains("Published.", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var key = Guid.Parse(page.Url.Split("/edit/")[1][..36]);
        var snapshot = app.Factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        var urls = app.Factory.Services.GetRequiredService<IPublishedUrlProvider>();
        var node = snapshot.GetById(key);
        Assert.NotNull(node);
        var frenchUrl = urls.GetUrl(snapshot, node, "fr-FR");
        var englishUrl = urls.GetUrl(snapshot, node, "en-US");
        Assert.NotNull(frenchUrl);
        Assert.NotNull(englishUrl);

        var visitor = await app.NewPageAsync();
        var fr = await visitor.GotoAsync(frenchUrl);
        Assert.Equal(200, fr!.Status);
        Assert.Contains("Journée innovation au champ", await visitor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Des démonstrations de robots agricoles.", await visitor.ContentAsync(), StringComparison.Ordinal);
        var en = await visitor.GotoAsync(englishUrl);
        Assert.Equal(200, en!.Status);
        Assert.Contains("Innovation day in the field", await visitor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(console);
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    private async Task<Guid> FindNewsListAsync()
    {
        var content = app.Factory.Services.GetRequiredService<IContentService>();
        foreach (var root in await content.GetChildrenAsync(null))
        {
            foreach (var child in await content.GetChildrenAsync(root.Key))
            {
                if (child.ContentTypeAlias == "newsList")
                {
                    return child.Key;
                }
            }
        }

        throw new InvalidOperationException("No newsList in the seed.");
    }
}
