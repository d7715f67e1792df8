using System.Net;
using System.Net.Http.Headers;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Media;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.BackOffice.Tests.Media;

/// <summary>The media library pages over HTTP, as a browser without JavaScript uses them.</summary>
public sealed class MediaLibraryTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;

    public MediaLibraryTests(BackOfficeApp app) => this.app = app;

    public static TheoryData<string> Roles => new(BackOfficeRoles.All);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Library_EveryRole_ShowsUploadAndFolderForms(string role)
    {
        var client = await app.SignedInAsync(role);

        var html = await client.GetStringAsync("/umbraco/media");

        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"files\"", html, StringComparison.Ordinal);
        Assert.Contains("handler=folder", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_Anonymous_IsRefused()
    {
        var response = await app.CreateBrowser().GetAsync("/umbraco/media");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Upload_PageFormWithTwoFilesInNewFolder_CreatesImagesListedWithDimensions()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var folderName = "Dossier " + Guid.NewGuid().ToString("N")[..8];
        var created = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=folder", [new("name", folderName)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var folder = (await (await MediaAsync()).GetChildrenAsync(null)).Single(m => m.Name == folderName);

        var response = await UploadAsync(client, $"/umbraco/media?handler=upload&folder={folder.Key}", ("files", "champ.png", Png(64, 48)), ("files", "vigne.png", Png(30, 20)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var children = await (await MediaAsync()).GetChildrenAsync(folder.Key);
        Assert.Equal(["champ", "vigne"], children.Select(c => c.Name).Order().ToArray());
        Assert.All(children, c => Assert.Equal("Image", c.MediaTypeAlias));
        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("64 × 48", html, StringComparison.Ordinal);
        Assert.Contains("2 file(s) uploaded.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_DisguisedFile_ShowsErrorAndCreatesNothing()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var before = (await (await MediaAsync()).GetChildrenAsync(null)).Count;

        var response = await UploadAsync(client, "/umbraco/media?handler=upload", ("files", "fake.png", "<html><script>alert(1)</script>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await (await MediaAsync()).GetChildrenAsync(null)).Count);
    }

    [Fact]
    public async Task FocalPoint_SavedThroughForm_IsInCropRenditionUrls()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var item = await UploadOneAsync(client, "focal.png");

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/media/edit/{item.Key}", $"/umbraco/media/edit/{item.Key}?handler=focal", [new("left", "0.25"), new("top", "0,75")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal(new Core.Models.FocalPoint(0.25, 0.75), saved!.FocalPoint);
        var html = await client.GetStringAsync($"/umbraco/media/edit/{item.Key}");
        foreach (var crop in new[] { "thumbnail", "logo", "hero" })
        {
            Assert.Contains($"data-crop=\"{crop}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("rxy=0.25,0.75", html, StringComparison.Ordinal);
        var rendition = System.Text.RegularExpressions.Regex.Match(html, "data-crop=\"thumbnail\">[\\s\\S]*?<img src=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith(saved!.Url + "?", WebUtility.HtmlDecode(rendition), StringComparison.Ordinal);
        var image = await client.GetAsync(WebUtility.HtmlDecode(rendition));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    [Fact]
    public async Task FocalPoint_OutOfRange_IsRefusedAndUnchanged()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "range.png");

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/media/edit/{item.Key}", $"/umbraco/media/edit/{item.Key}?handler=focal", [new("left", "1.5"), new("top", "0.2")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await (await MediaAsync()).GetByIdAsync(item.Key))!.FocalPoint);
    }

    [Fact]
    public async Task TrashThenRestore_ThroughPage_RemovesAndBringsBackTheItem()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "corbeille.png");

        var trashed = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=trash", [new("key", item.Key.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.DoesNotContain(await (await MediaAsync()).GetChildrenAsync(null), m => m.Key == item.Key);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(item.Url)).StatusCode);

        var restored = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=restore", [new("key", item.Key.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains(await (await MediaAsync()).GetChildrenAsync(null), m => m.Key == item.Key);
    }

    [Fact]
    public async Task Restore_IntoAChosenFolder_BringsTheItemBackThere_TypedNonKeyIsRefused()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "vers-dossier.png");
        var folder = (await (await MediaAsync()).CreateFolderAsync("Restauration " + Guid.NewGuid().ToString("N")[..6], null)).Value!;
        await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=trash", [new("key", item.Key.ToString())]);

        var library = await client.GetStringAsync("/umbraco/media");
        Assert.Contains($"id=\"restore-{item.Key:N}\" name=\"target\"", library, StringComparison.Ordinal);
        var refused = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=restore", [new("key", item.Key.ToString()), new("target", "Photos")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await (await MediaAsync()).GetByIdAsync(item.Key))!.Trashed);

        var restored = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=restore", [new("key", item.Key.ToString()), new("target", folder.Key.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var back = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.False(back!.Trashed);
        Assert.Equal(folder.Key, back.ParentKey);
    }

    [Fact]
    public async Task RenameAndMove_ThroughPage_UpdateTheItem()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "avant.png");
        var folder = (await (await MediaAsync()).CreateFolderAsync("Cible " + Guid.NewGuid().ToString("N")[..6], null)).Value!;

        await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=rename", [new("key", item.Key.ToString()), new("name", "Après")]);
        await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=move", [new("key", item.Key.ToString()), new("target", folder.Key.ToString())]);

        var moved = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal("Après", moved!.Name);
        Assert.Equal(folder.Key, moved.ParentKey);
    }

    [Fact]
    public async Task Library_ScriptInMediaName_IsEncoded()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        const string evil = "<img src=x onerror=alert(1)>";
        var created = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media?handler=folder", [new("name", evil)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var html = await client.GetStringAsync("/umbraco/media");

        Assert.DoesNotContain(evil, html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceFile_ThroughPage_ChangesUrlAndDimensions()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "remplace.png");
        var token = await BackOfficeApp.GetAntiforgeryTokenAsync(client, $"/umbraco/media/edit/{item.Key}");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Png(100, 50));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "nouveau.png");

        var response = await client.PostAsync($"/umbraco/media/edit/{item.Key}?handler=replace", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var replaced = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal(100, replaced!.Width);
        Assert.NotEqual(item.Url, replaced.Url);
    }

    [Fact]
    public async Task Crop_SavedThroughForm_IsStoredAsCoordinatesAndUsedByItsRendition()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "cadrage.png");
        var edit = $"/umbraco/media/edit/{item.Key}";

        var response = await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop",
            [new("alias", "thumbnail"), new("x1", "0.1"), new("y1", "0,2"), new("x2", "0.3"), new("y2", "0.1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await (await MediaAsync()).GetByIdAsync(item.Key);
        var crop = Assert.Single(saved!.Crops);
        Assert.Equal(new Core.Models.ImageCrop("thumbnail", 400, 300, new Core.Models.CropCoordinates(0.1, 0.2, 0.3, 0.1)), crop);
        var html = await client.GetStringAsync(edit);
        var thumbnail = System.Text.RegularExpressions.Regex.Match(html, "data-crop=\"thumbnail\">[\\s\\S]*?<img src=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith(saved!.Url + "?", WebUtility.HtmlDecode(thumbnail), StringComparison.Ordinal);
        Assert.Contains("cc=0.1,0.2,0.3,0.1", WebUtility.HtmlDecode(thumbnail), StringComparison.Ordinal);
        Assert.Contains("data-crop-state=\"custom\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"crop-thumbnail-x1\" name=\"x1\" type=\"number\" min=\"0\" max=\"1\" step=\"0.0001\" value=\"0.1\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(WebUtility.HtmlDecode(thumbnail))).StatusCode);
    }

    [Fact]
    public async Task Crop_Reset_RemovesCoordinatesAndShowsTheFocalPointDefault()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "retour.png");
        var edit = $"/umbraco/media/edit/{item.Key}";
        await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop", [new("alias", "logo"), new("x1", "0"), new("y1", "0"), new("x2", "0.5"), new("y2", "0.5")]);
        await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop", [new("alias", "hero"), new("x1", "0"), new("y1", "0.2"), new("x2", "0"), new("y2", "0.3")]);

        var response = await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop", [new("alias", "logo"), new("reset", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal(["hero"], saved!.Crops.Select(c => c.Alias));

        // 80×60 image, logo 2:1 around the centre: full width, two thirds of the height kept, a sixth trimmed top and bottom.
        var html = await client.GetStringAsync(edit);
        Assert.Contains("id=\"crop-logo-y1\" name=\"y1\" type=\"number\" min=\"0\" max=\"1\" step=\"0.0001\" value=\"0.1667\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.6", "0", "0.5", "0", "x1 + x2 must stay below 1")]
    [InlineData("0", "0.5", "0", "0.5", "y1 + y2 must stay below 1")]
    [InlineData("-0.1", "0", "0", "0", "between 0 and 1")]
    [InlineData("0", "1.2", "0", "0", "between 0 and 1")]
    [InlineData("abc", "0", "0", "0", "between 0 and 1")]
    [InlineData("NaN", "0", "0", "0", "between 0 and 1")]
    [InlineData("", "0", "0", "0", "between 0 and 1")]
    public async Task Crop_InvalidCoordinates_ShowsClearMessageAndSavesNothing(string x1, string y1, string x2, string y2, string message)
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "invalide.png");
        var edit = $"/umbraco/media/edit/{item.Key}";
        await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop", [new("alias", "thumbnail"), new("x1", "0.1"), new("y1", "0.1"), new("x2", "0.1"), new("y2", "0.1")]);

        var response = await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop", [new("alias", "thumbnail"), new("x1", x1), new("y1", y1), new("x2", x2), new("y2", y2)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var saved = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal(new Core.Models.CropCoordinates(0.1, 0.1, 0.1, 0.1), Assert.Single(saved!.Crops).Coordinates);
    }

    [Fact]
    public async Task Crop_UnknownAlias_IsRefused()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "alias.png");
        var edit = $"/umbraco/media/edit/{item.Key}";

        var response = await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=crop", [new("alias", "banner"), new("x1", "0"), new("y1", "0"), new("x2", "0"), new("y2", "0")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await (await MediaAsync()).GetByIdAsync(item.Key))!.Crops);
    }

    [Fact]
    public async Task AltText_SavedPerCulture_IsStoredAndEmptyRemovesIt()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "alt.png");
        var edit = $"/umbraco/media/edit/{item.Key}";

        var response = await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=alt", [new("alt[fr-FR]", " Vignes au printemps "), new("alt[en-US]", "Vineyard in spring")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal("Vignes au printemps", saved!.AltText["fr-FR"]);
        Assert.Equal("Vineyard in spring", saved.AltText["en-US"]);
        var html = await client.GetStringAsync(edit);
        Assert.Contains("name=\"alt[en-US]\" lang=\"en-US\" maxlength=\"500\" value=\"Vineyard in spring\"", html, StringComparison.Ordinal);

        await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=alt", [new("alt[fr-FR]", "Vignes"), new("alt[en-US]", "")]);

        saved = await (await MediaAsync()).GetByIdAsync(item.Key);
        Assert.Equal(["fr-FR"], saved!.AltText.Keys);
    }

    [Fact]
    public async Task AltText_TooLong_IsRefusedAndUnchanged()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var item = await UploadOneAsync(client, "long.png");
        var edit = $"/umbraco/media/edit/{item.Key}";
        await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=alt", [new("alt[fr-FR]", "Avant")]);

        var response = await BackOfficeApp.PostFormAsync(client, edit, edit + "?handler=alt", [new("alt[fr-FR]", new string('a', 501))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Avant", (await (await MediaAsync()).GetByIdAsync(item.Key))!.AltText["fr-FR"]);
    }

    [Fact]
    public async Task Delete_Writer_IsForbiddenAndSeesNoLink()
    {
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var item = await UploadOneAsync(editor, "interdit.png");
        await (await MediaAsync()).TrashAsync(item.Key);
        var writer = await app.SignedInAsync(BackOfficeRoles.Writer);

        var page = await writer.GetAsync($"/umbraco/media/delete?key={item.Key}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("data-media-delete", await writer.GetStringAsync("/umbraco/media"), StringComparison.Ordinal);
        Assert.Contains("data-media-delete", await editor.GetStringAsync("/umbraco/media"), StringComparison.Ordinal);
        Assert.NotNull(await (await MediaAsync()).GetByIdAsync(item.Key));
    }

    [Theory]
    [InlineData(BackOfficeRoles.Editor)]
    [InlineData(BackOfficeRoles.Administrator)]
    public async Task Delete_TrashedUnreferencedItem_RemovesRowFileAndRenditions(string role)
    {
        var client = await app.SignedInAsync(role);
        var item = await UploadOneAsync(client, "efface.png");
        var file = app.Services.GetRequiredService<IMediaFileStore>().GetPhysicalPath(item.StoragePath!)!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(item.Url + "?width=40&v=" + item.Version)).StatusCode);
        var renditions = Path.Combine(app.DataFolder, "MediaCache", item.Key.ToString("N"));
        Assert.True(Directory.Exists(renditions));
        await (await MediaAsync()).TrashAsync(item.Key);
        var confirm = await client.GetStringAsync($"/umbraco/media/delete?key={item.Key}");
        Assert.Contains("efface", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("confirmReferences", confirm, StringComparison.Ordinal);

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/media/delete?key={item.Key}", "/umbraco/media/delete", [new("key", item.Key.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await (await MediaAsync()).GetByIdAsync(item.Key));
        Assert.False(File.Exists(file));
        Assert.False(Directory.Exists(renditions));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(item.Url)).StatusCode);
        Assert.Contains("1 item(s) deleted permanently.", await client.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ItemNotInRecycleBin_IsRefused()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var item = await UploadOneAsync(client, "garde.png");

        var response = await BackOfficeApp.PostFormAsync(client, "/umbraco/media", "/umbraco/media/delete", [new("key", item.Key.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await (await MediaAsync()).GetByIdAsync(item.Key));
    }

    [Fact]
    public async Task Delete_ReferencedItem_ListsTheDocumentAndNeedsExplicitConfirmation()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var item = await UploadOneAsync(client, "utilisee.png");
        var news = await PickInANewsItemAsync(item.Key);
        await (await MediaAsync()).TrashAsync(item.Key);

        var page = await client.GetStringAsync($"/umbraco/media/delete?key={item.Key}");
        Assert.Contains($"href=\"/umbraco/content/edit/{news.Key}\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"confirmReferences\"", page, StringComparison.Ordinal);

        var refused = await BackOfficeApp.PostFormAsync(client, $"/umbraco/media/delete?key={item.Key}", "/umbraco/media/delete", [new("key", item.Key.ToString())]);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("tick the confirmation", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await (await MediaAsync()).GetByIdAsync(item.Key));

        var done = await BackOfficeApp.PostFormAsync(client, $"/umbraco/media/delete?key={item.Key}", "/umbraco/media/delete", [new("key", item.Key.ToString()), new("confirmReferences", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Null(await (await MediaAsync()).GetByIdAsync(item.Key));
    }

    [Fact]
    public async Task EmptyRecycleBin_Confirmed_DeletesEveryTrashedItem()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var service = await MediaAsync();
        var folder = (await service.CreateFolderAsync("Vrac " + Guid.NewGuid().ToString("N")[..6], null)).Value!;
        var a = await UploadOneAsync(client, "vrac-a.png");
        var b = await UploadOneAsync(client, "vrac-b.png");
        await service.MoveAsync(b.Key, folder.Key);
        await service.TrashAsync(a.Key);
        await service.TrashAsync(folder.Key);
        var page = await client.GetStringAsync("/umbraco/media/delete?all=true");
        Assert.Contains("vrac-a", page, StringComparison.Ordinal);

        var response = await BackOfficeApp.PostFormAsync(client, "/umbraco/media/delete?all=true", "/umbraco/media/delete", [new("all", "true"), new("confirmReferences", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await service.GetTrashedAsync());
        foreach (var key in new[] { a.Key, b.Key, folder.Key })
        {
            Assert.Null(await service.GetByIdAsync(key));
        }
    }

    private async Task<Core.Models.ContentItem> PickInANewsItemAsync(Guid mediaKey)
    {
        var snapshot = app.Services.GetRequiredService<Core.PublishedCache.IPublishedSnapshotAccessor>().Current;
        var content = app.Services.GetRequiredService<Core.Services.IContentService>();
        var news = (await content.GetByIdAsync(snapshot.GetByContentType("newsItem")[0].Key))!;
        news.InvariantValues["image"] = System.Text.Json.JsonDocument.Parse($$"""[{ "key": "{{Guid.NewGuid()}}", "mediaKey": "{{mediaKey}}", "crops": [], "focalPoint": null }]""").RootElement.Clone();
        var saved = await content.SaveAsync(news);
        Assert.True(saved.Success, string.Join("; ", saved.Errors.Select(e => e.Message.Get("en-US"))));
        return news;
    }

    private async Task<IMediaService> MediaAsync()
    {
        await Task.CompletedTask;
        return app.Services.GetRequiredService<IMediaService>();
    }

    private async Task<Core.Models.MediaItem> UploadOneAsync(HttpClient client, string fileName)
    {
        var response = await UploadAsync(client, "/umbraco/media?handler=upload", ("files", fileName, Png(80, 60)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var name = Path.GetFileNameWithoutExtension(fileName);
        return (await (await MediaAsync()).GetChildrenAsync(null)).Last(m => m.Name == name);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string action, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var token = await BackOfficeApp.GetAntiforgeryTokenAsync(client, "/umbraco/media");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(part, field, fileName);
        }

        return await client.PostAsync(action, form);
    }

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(40, 120, 60));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
