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
        var rendition = System.Text.RegularExpressions.Regex.Match(html, "data-crop=\"thumbnail\">\\s*<img src=\"([^\"]+)\"").Groups[1].Value;
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
