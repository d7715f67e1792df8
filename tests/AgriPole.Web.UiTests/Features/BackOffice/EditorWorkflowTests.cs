using System.Globalization;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>
/// The publishing workflow in Chromium: rich text formatted with the toolbar, preview in the public layout, publish
/// seen at once by the site, the sitemap and the Delivery API; a writer cannot publish; rollback; a scheduled publish;
/// a rename leaving a 301.
/// </summary>
public sealed class EditorWorkflowTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    private const string Password = "ui test password 42";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Editor_FormatsPreviewsAndPublishes_SiteSitemapAndDeliveryApiShowItAtOnce()
    {
        var page = await SignedInAsync(BackOfficeRoles.Editor);
        var key = await CreateNewsAsync(page, "Rencontre filière blé dur");
        await page.FillAsync("#name-en-US", "Durum wheat meeting");
        await page.FillAsync("#v-fr-FR-title", "Rencontre filière blé dur");
        await page.FillAsync("#v-en-US-title", "Durum wheat meeting");
        await page.FillAsync("#i-publishDate", "2027-04-02T09:00");

        // Tiptap toolbar (buttons named in the editor's language): bold on for the first paragraph, then a bullet list.
        var french = page.Locator("[lang='fr-FR'] [data-editor='Umbraco.RichText']");
        var bold = french.Locator(".bo-rte-toolbar").GetByRole(AriaRole.Button, new() { Name = "Bold", Exact = true });
        var frenchText = french.Locator(".ProseMirror");
        await frenchText.ClickAsync();
        await bold.ClickAsync();
        await Assertions.Expect(frenchText).ToBeFocusedAsync(); // the toolbar gives focus back to the editor asynchronously
        await Assertions.Expect(bold).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.TypeAsync("Texte en gras");
        await bold.ClickAsync();
        await Assertions.Expect(frenchText).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await french.Locator(".bo-rte-toolbar").GetByRole(AriaRole.Button, new() { Name = "Bulleted list", Exact = true }).ClickAsync();
        await Assertions.Expect(frenchText.Locator("ul li")).ToHaveCountAsync(1);
        await Assertions.Expect(frenchText).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Premier point");
        var english = page.Locator("[lang='en-US'] [data-editor='Umbraco.RichText'] .ProseMirror");
        await english.ClickAsync();
        await page.Keyboard.TypeAsync("Durum wheat growers meet.");
        await page.ClickAsync("#bo-save");
        await page.WaitForURLAsync("**m=saved");

        // Preview: the public layout with the banner, in the editor's language, links back to the editor.
        var previewHref = await page.Locator("a[href^='/umbraco/preview/'][href$='fr-FR']").First.GetAttributeAsync("href");
        var preview = await page.Context.NewPageAsync();
        var previewResponse = await preview.GotoAsync(previewHref!);
        Assert.Equal(200, previewResponse!.Status);
        Assert.Contains("no-store", previewResponse.Headers["cache-control"], StringComparison.Ordinal);
        Assert.Contains("Preview — unpublished draft", await preview.Locator("[data-preview-banner]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await preview.Locator("header.site-header").IsVisibleAsync());
        Assert.True(await preview.Locator("footer.site-footer").IsVisibleAsync());
        Assert.Equal("Texte en gras", await preview.Locator("main .rich-text strong").InnerTextAsync());
        Assert.Equal("Premier point", await preview.Locator("main .rich-text ul li").InnerTextAsync());
        Assert.Equal($"/umbraco/content/edit/{key}", await preview.Locator("[data-preview-banner] a").GetAttributeAsync("href"));
        await preview.CloseAsync();

        await page.ClickAsync("#bo-publish");
        await page.WaitForURLAsync("**m=published");

        var (frenchUrl, englishUrl) = (PublicUrl(key, "fr-FR"), PublicUrl(key, "en-US"));
        var visitor = await app.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync(frenchUrl))!.Status);
        Assert.Equal("Texte en gras", await visitor.Locator("main .rich-text strong").InnerTextAsync());
        Assert.Equal("Premier point", await visitor.Locator("main .rich-text ul li").InnerTextAsync());
        Assert.Equal(0, await visitor.Locator("[data-preview-banner]").CountAsync());
        Assert.Equal(200, (await visitor.GotoAsync(englishUrl))!.Status);
        Assert.Contains("Durum wheat meeting", await visitor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        var sitemap = await visitor.APIRequest.GetAsync("/sitemap.xml");
        var sitemapXml = await sitemap.TextAsync();
        Assert.Contains(frenchUrl, sitemapXml, StringComparison.Ordinal);
        Assert.Contains(englishUrl, sitemapXml, StringComparison.Ordinal);

        var api = await visitor.APIRequest.GetAsync("/umbraco/delivery/api/v2/content/item" + frenchUrl);
        Assert.Equal(200, api.Status);
        Assert.Contains("Rencontre filière blé dur", await api.TextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Writer_HasNoPublishButton_AndAForgedPublishPostIsRefused()
    {
        var page = await SignedInAsync(BackOfficeRoles.Writer);
        var key = await CreateNewsAsync(page, "Brouillon de rédacteur");
        await page.FillAsync("#v-fr-FR-title", "Brouillon de rédacteur");
        await page.ClickAsync("#bo-save");
        await page.WaitForURLAsync("**m=saved");

        Assert.Equal(0, await page.Locator("#bo-publish").CountAsync());
        var token = await page.Locator("#bo-editor input[name='__RequestVerificationToken']").InputValueAsync();
        var forged = await page.APIRequest.PostAsync($"/umbraco/content/publish/{key}?handler=publish", new()
        {
            Form = FormOf(page.APIRequest, ("__RequestVerificationToken", token), ("name.fr-FR", "Brouillon de rédacteur"), ("v.fr-FR.title", "Brouillon de rédacteur"), ("publishCultures", "fr-FR")),
            MaxRedirects = 0,
        });

        Assert.Equal(403, forged.Status);
        Assert.False((await Content.GetByIdAsync(key))!.IsPublished("fr-FR"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_RollsBackToAnEarlierVersion_TheOldTextIsBack()
    {
        var page = await SignedInAsync(BackOfficeRoles.Editor);
        var key = await CreateNewsAsync(page, "Texte à restaurer");
        await page.FillAsync("#v-fr-FR-title", "Ancien titre");
        await page.ClickAsync("#bo-save");
        await page.WaitForURLAsync("**m=saved");
        await page.FillAsync("#v-fr-FR-title", "Nouveau titre");
        await page.ClickAsync("#bo-save");
        await page.WaitForURLAsync("**m=saved");

        await page.GotoAsync($"/umbraco/content/versions/{key}");
        await page.Locator("table.bo-table tbody tr").Nth(1).Locator("a").ClickAsync(); // newest first: the save with "Ancien titre"
        await page.WaitForURLAsync("**compare=**");
        Assert.Contains("Ancien", await page.Locator("dl").InnerTextAsync(), StringComparison.Ordinal);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("form[action*='handler=rollback'] button[type=submit]");
        await page.WaitForURLAsync($"**/umbraco/content/edit/{key}**");

        Assert.Equal("Ancien titre", await page.InputValueAsync("#v-fr-FR-title"));
        Assert.Equal("Ancien titre", (await Content.GetByIdAsync(key))!.Cultures["fr-FR"].Values["title"].GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_SchedulesAPublish_TheSchedulerPublishesIt()
    {
        var page = await SignedInAsync(BackOfficeRoles.Editor);
        var key = await CreateNewsAsync(page, "Publication planifiée UI");
        await page.FillAsync("#v-fr-FR-title", "Publication planifiée UI");
        await page.FillAsync("#i-publishDate", "2027-05-01T09:00");
        await page.ClickAsync("#bo-save");
        await page.WaitForURLAsync("**m=saved");

        // The field has minute precision and the server reads it as Paris time; this minute is due at once (up to a minute late is allowed).
        var now = DateTime.UtcNow;
        if (now.Second >= 50)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - now.Second));
            now = DateTime.UtcNow;
        }

        var form = page.Locator("form[action*='handler=schedule']");
        await form.Locator("select[name=action]").SelectOptionAsync("Publish");
        await form.Locator("select[name=culture]").SelectOptionAsync("fr-FR");
        var paris = TimeZoneInfo.ConvertTimeFromUtc(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        await form.Locator("input[name=runAt]").FillAsync(paris.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**m=done");

        await WaitUntilAsync(async () => (await Content.GetByIdAsync(key))!.IsPublished("fr-FR"));
        var visitor = await app.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync(PublicUrl(key, "fr-FR")))!.Status);
        Assert.Contains("Publication planifiée UI", await visitor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_RenamesAPublishedPage_TheOldUrlAnswers301ToTheNewOne()
    {
        var page = await SignedInAsync(BackOfficeRoles.Editor);
        var key = await CreateNewsAsync(page, "Ancienne adresse");
        await page.FillAsync("#v-fr-FR-title", "Page renommée");
        await page.FillAsync("#i-publishDate", "2027-06-01T09:00");
        await PublishFrenchOnlyAsync(page); // no English text
        var oldUrl = PublicUrl(key, "fr-FR");

        await page.FillAsync("#name-fr-FR", "Nouvelle adresse");
        await PublishFrenchOnlyAsync(page);
        var newUrl = PublicUrl(key, "fr-FR");
        Assert.NotEqual(oldUrl, newUrl);

        var visitor = await app.NewPageAsync();
        var direct = await visitor.APIRequest.GetAsync(oldUrl, new() { MaxRedirects = 0 });
        Assert.Equal(301, direct.Status);
        Assert.Equal(newUrl, direct.Headers["location"]);
        var followed = await visitor.GotoAsync(oldUrl);
        Assert.Equal(200, followed!.Status);
        Assert.EndsWith(newUrl, visitor.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    private IContentService Content => app.Factory.Services.GetRequiredService<IContentService>();

    /// <summary>Publishes French only; when the server refuses, the assertion shows the editor's error summary.</summary>
    private static async Task PublishFrenchOnlyAsync(IPage page)
    {
        var english = page.Locator("input[name=publishCultures][value='en-US']");
        await english.UncheckAsync();
        await Assertions.Expect(english).Not.ToBeCheckedAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("#bo-publish"),
            r => r.Request.Method == "POST" && r.Url.Contains("/umbraco/content/publish/", StringComparison.Ordinal));
        if (response.Status != 302)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var errors = await page.Locator(".bo-error").AllInnerTextsAsync();
            Assert.Fail($"Publish answered {response.Status}: {string.Join(" | ", errors)}");
        }

        await page.WaitForURLAsync("**m=published");
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var email = $"ui-{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI " + role, Password, role, "en-US");
            Assert.True(created.Succeeded);
        }

        var page = await app.NewPageAsync("en-US");
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");
        return page;
    }

    private async Task<Guid> CreateNewsAsync(IPage page, string name)
    {
        await page.GotoAsync($"/umbraco/content/create?parent={await FindNewsListAsync()}");
        await page.SelectOptionAsync("#type", "newsItem");
        await page.FillAsync("#name", name);
        await page.ClickAsync("form[action='/umbraco/content/create'] button[type=submit]");
        await page.WaitForURLAsync("**/umbraco/content/edit/**");
        return Guid.Parse(page.Url.Split("/edit/")[1][..36]);
    }

    private string PublicUrl(Guid key, string culture)
    {
        var snapshot = app.Factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        var node = snapshot.GetById(key) ?? throw new InvalidOperationException($"{key} is not published.");
        return app.Factory.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(snapshot, node, culture)
            ?? throw new InvalidOperationException($"{key} has no URL in {culture}.");
    }

    private async Task<Guid> FindNewsListAsync()
    {
        foreach (var root in await Content.GetChildrenAsync(null))
        {
            foreach (var child in await Content.GetChildrenAsync(root.Key))
            {
                if (child.ContentTypeAlias == "newsList")
                {
                    return child.Key;
                }
            }
        }

        throw new InvalidOperationException("No newsList in the seed.");
    }

    private static IFormData FormOf(IAPIRequestContext request, params (string Name, string Value)[] fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        return form;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
