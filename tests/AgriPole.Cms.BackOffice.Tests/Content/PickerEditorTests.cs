using System.Net;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Pickers;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>
/// The picker fields of the editor (media picker, content picker, link rows, move and copy): the chosen item's name,
/// path and thumbnail, a key field that posts without scripts, and never a list of the site.
/// </summary>
public sealed class PickerEditorTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public PickerEditorTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Edit_SiteWithHundredsOfPages_HtmlListsNoneOfThemAndStaysSmall()
    {
        var home = await helpers.FindByTypeAsync("home");
        var news = await FirstNewsItemAsync();
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var before = await client.GetStringAsync($"/umbraco/content/edit/{news}");

        var section = await SiteBuilder.PageAsync(app.Services, home, "Section générée");
        var generated = await SiteBuilder.ChildrenAsync(app.Services, section, 300, "Page générée");
        var after = await client.GetStringAsync($"/umbraco/content/edit/{news}");

        // Not one generated page is in the editor of an unrelated page (move/copy targets and pickers are dialogs),
        // and the page did not grow with the site: the same size give or take the antiforgery token.
        Assert.DoesNotContain("Page générée", after, StringComparison.Ordinal);
        Assert.DoesNotContain(generated, k => after.Contains(k.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(section.ToString(), after, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(after.Length, before.Length - 200, before.Length + 200);
        // Media: the chosen image's thumbnail only, not the library.
        Assert.True(app.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia.Count(m => m.MediaTypeAlias == "Image") >= 2, "the seed has images");
        Assert.Equal(1, CountOf(after, "src=\"/media/"));
        Assert.DoesNotContain("<option value=\"" + home, after, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Edit_MediaPicker_ShowsTheChosenImageWithItsThumbnailAndKeyField()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var news = await FirstNewsItemAsync();
        var chosen = (await helpers.GetAsync(news)).InvariantValues["image"][0].GetProperty("mediaKey").GetString();
        var image = app.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.GetMedia(Guid.Parse(chosen!))!;

        var form = await EditorForm.LoadAsync(client, news);

        var picker = form.Document.QuerySelector("[data-picker='media']")!;
        Assert.Equal(chosen, picker.QuerySelector("input[name='i.image']")!.GetAttribute("value"));
        Assert.Equal("i-image", picker.QuerySelector("input[name='i.image']")!.Id);
        Assert.NotNull(form.Document.QuerySelector("label[for='i-image']"));
        Assert.Equal(image.Name, picker.QuerySelector("[data-picker-name]")!.TextContent);
        var thumbnail = picker.QuerySelector("img[data-picker-thumb]")!;
        Assert.StartsWith("/media/", thumbnail.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("width=160", thumbnail.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, thumbnail.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(thumbnail.GetAttribute("src"))).StatusCode);
        Assert.Contains("/umbraco/picker/media", picker.QuerySelector("[data-picker-nojs] a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector("dialog[data-picker-dialog][aria-labelledby='bo-picker-dialog-title']"));
    }

    [Fact]
    public async Task Save_OtherImageThenNoImage_StoresTheMediaKeyThenClearsIt()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var news = await FirstNewsItemAsync();
        var form = await EditorForm.LoadAsync(client, news);
        var current = form.Values("i.image").Single();
        var other = app.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia
            .First(m => m.MediaTypeAlias == "Image" && m.Key.ToString() != current).Key.ToString();

        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("i.image", other).PostAsync(client, $"/umbraco/content/edit/{news}?handler=save")).StatusCode);
        var stored = (await helpers.GetAsync(news)).InvariantValues["image"];
        Assert.Equal(other, stored[0].GetProperty("mediaKey").GetString());
        Assert.True(Guid.TryParse(stored[0].GetProperty("key").GetString(), out _));

        var again = await EditorForm.LoadAsync(client, news);
        Assert.Equal(HttpStatusCode.Redirect, (await again.Set("i.image", string.Empty).PostAsync(client, $"/umbraco/content/edit/{news}?handler=save")).StatusCode);
        Assert.Equal(0, (await helpers.GetAsync(news)).InvariantValues["image"].GetArrayLength());
    }

    [Fact]
    public async Task Save_LinkRowPage_ShowsThePickedPageWithItsPath()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var newsList = await helpers.FindByTypeAsync("newsList");
        var form = await EditorForm.LoadAsync(client, home);

        var saved = await form.Set("v.en-US.ctaJoin.0.content", newsList.ToString()).Set("v.en-US.ctaJoin.0.url", string.Empty)
            .PostAsync(client, $"/umbraco/content/edit/{home}?handler=save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var again = await EditorForm.LoadAsync(client, home);
        var field = again.Document.QuerySelector("input[name='v.en-US.ctaJoin.0.content']")!;
        Assert.Equal(newsList.ToString(), field.GetAttribute("value"));
        var picker = field.Closest("[data-picker='content']")!;
        Assert.Matches("^Home › .+", picker.QuerySelector("[data-picker-path]")!.TextContent);
    }

    [Fact]
    public async Task Edit_BlockListLinks_UseThePageFieldInsideEachCardAndTheNewCardTemplate()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");

        var form = await EditorForm.LoadAsync(client, home);

        var inCard = form.Document.QuerySelectorAll("[data-block] [data-picker='content'] input[data-picker-input]")
            .Select(i => i.GetAttribute("name")!).ToList();
        Assert.NotEmpty(inCard);
        Assert.All(inCard, n => Assert.Matches(@"^v\.fr-FR\.highlights\.b\.[0-9a-f]{32}\.v\.link\.\d\.content$|^v\.en-US\.highlights\.b\.[0-9a-f]{32}\.v\.link\.\d\.content$", n));
        var template = (AngleSharp.Html.Dom.IHtmlTemplateElement)form.Document.QuerySelector("template[data-block-template='highlightBlock']")!;
        Assert.NotNull(template.Content.QuerySelector("[data-picker='content'] input[name*='.b.__id__.v.link.0.content']"));
        Assert.Null(template.Content.QuerySelector("option"));
    }

    [Fact]
    public async Task Move_TargetThatIsNotAKey_Is400WithTheMessageAndNothingMoves()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var page = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Page à ne pas déplacer");

        var refused = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{page}", $"/umbraco/content/edit/{page}?handler=move", new Dictionary<string, string> { ["target"] = "Accueil › Actualités" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("is not a key", html, StringComparison.Ordinal);
        Assert.Contains("id=\"move-target-error\"", html, StringComparison.Ordinal);
        Assert.Equal(home, (await helpers.GetAsync(page)).ParentKey);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private async Task<Guid> FirstNewsItemAsync()
    {
        var content = app.Services.GetRequiredService<Core.Services.IContentService>();
        var newsList = await helpers.FindByTypeAsync("newsList");
        return (await content.GetChildrenAsync(newsList)).First(c => c.InvariantValues.TryGetValue("image", out var v) && v.GetArrayLength() > 0).Key;
    }
}
