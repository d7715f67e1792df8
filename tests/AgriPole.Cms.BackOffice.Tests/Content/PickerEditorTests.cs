using System.Net;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>The media picker (thumbnails as radio buttons, "no image" to clear) and the page pickers (paths in the tree).</summary>
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
    public async Task Edit_MediaPicker_ListsLibraryImagesWithRenditionThumbnailsAndTheChosenOneChecked()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var news = await FirstNewsItemAsync();
        var chosen = (await helpers.GetAsync(news)).InvariantValues["image"][0].GetProperty("mediaKey").GetString();

        var form = await EditorForm.LoadAsync(client, news);

        var radios = form.Document.QuerySelectorAll("#i-image input[type=radio][name='i.image']");
        var images = app.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia.Count(m => m.MediaTypeAlias != "Folder");
        Assert.Equal(images + 1, radios.Length);
        Assert.Equal(string.Empty, radios[0].GetAttribute("value"));
        var checkedRadio = Assert.Single(radios, r => r.HasAttribute("checked"));
        Assert.Equal(chosen, checkedRadio.GetAttribute("value"));
        var thumbnail = checkedRadio.ParentElement!.QuerySelector("img")!;
        Assert.StartsWith("/media/", thumbnail.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("width=160", thumbnail.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, thumbnail.GetAttribute("alt"));
        var thumbnailResponse = await client.GetAsync(thumbnail.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, thumbnailResponse.StatusCode);
        Assert.StartsWith("image/", thumbnailResponse.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OtherImageThenNoImage_StoresTheMediaKeyThenClearsIt()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var news = await FirstNewsItemAsync();
        var form = await EditorForm.LoadAsync(client, news);
        var current = form.Values("i.image").Single();
        var other = form.Document.QuerySelectorAll("#i-image input[type=radio]").Select(r => r.GetAttribute("value")!).First(v => v.Length > 0 && v != current);

        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("i.image", other).PostAsync(client, $"/umbraco/content/edit/{news}?handler=save")).StatusCode);
        var stored = (await helpers.GetAsync(news)).InvariantValues["image"];
        Assert.Equal(other, stored[0].GetProperty("mediaKey").GetString());
        Assert.True(Guid.TryParse(stored[0].GetProperty("key").GetString(), out _));

        var again = await EditorForm.LoadAsync(client, news);
        Assert.Equal(HttpStatusCode.Redirect, (await again.Set("i.image", string.Empty).PostAsync(client, $"/umbraco/content/edit/{news}?handler=save")).StatusCode);
        Assert.Equal(0, (await helpers.GetAsync(news)).InvariantValues["image"].GetArrayLength());
    }

    [Fact]
    public async Task Edit_PagePickers_ShowEachPageWithItsPathInTheTree()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var newsList = await helpers.FindByTypeAsync("newsList");

        var form = await EditorForm.LoadAsync(client, home);

        var picker = form.Document.QuerySelector("select[name='v.en-US.ctaJoin.0.content'][data-page-picker]")!;
        var option = picker.QuerySelector($"option[value='{newsList}']")!;
        Assert.Matches("^Home › .+", option.TextContent);
        Assert.Equal("Home", picker.QuerySelector($"option[value='{home}']")!.TextContent);
    }

    private async Task<Guid> FirstNewsItemAsync()
    {
        var content = app.Services.GetRequiredService<Core.Services.IContentService>();
        var newsList = await helpers.FindByTypeAsync("newsList");
        return (await content.GetChildrenAsync(newsList)).First(c => c.InvariantValues.TryGetValue("image", out var v) && v.GetArrayLength() > 0).Key;
    }
}
