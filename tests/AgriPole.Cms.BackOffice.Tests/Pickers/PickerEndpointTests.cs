using System.Net;
using System.Text.Json;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Content;
using AgriPole.Cms.Core.Media;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace AgriPole.Cms.BackOffice.Tests.Pickers;

/// <summary>GET /umbraco/picker/{kind}: what the picker dialogs query (search, one level a page at a time) and the script-free page.</summary>
public sealed class PickerEndpointTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public PickerEndpointTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Search_QueryWithoutAccents_FindsTheDraftPageWithItsPathInTheEditorsLanguage()
    {
        var home = await helpers.FindByTypeAsync("home");
        var parent = await SiteBuilder.PageAsync(app.Services, home, "Filières végétales", "Plant sectors");
        var page = await SiteBuilder.PageAsync(app.Services, parent, "École d'été du Cœur", "Summer school");
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        var json = await GetJsonAsync(client, "/umbraco/picker/content?q=ecole%20d%27ete%20du%20coeur&format=json");

        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(page.ToString(), item.GetProperty("key").GetString());
        Assert.Equal("Summer school", item.GetProperty("name").GetString());
        Assert.EndsWith("Plant sectors › Summer school", item.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.True(item.GetProperty("pickable").GetBoolean());
        Assert.Equal(1, json.GetProperty("total").GetInt32());

        // The other culture's name finds it too; its key finds it exactly.
        var byEnglish = await GetJsonAsync(client, "/umbraco/picker/content?q=SUMMER%20school&format=json");
        Assert.Contains(byEnglish.GetProperty("items").EnumerateArray(), i => i.GetProperty("key").GetString() == page.ToString());
        var byKey = await GetJsonAsync(client, $"/umbraco/picker/content?q={page:N}&format=json");
        Assert.Equal(page.ToString(), Assert.Single(byKey.GetProperty("items").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Children_WideLevel_AnswersOnePageAtATimeWithTheTotalAndTheTrail()
    {
        var home = await helpers.FindByTypeAsync("home");
        var parent = await SiteBuilder.PageAsync(app.Services, home, "Niveau large");
        var children = await SiteBuilder.ChildrenAsync(app.Services, parent, 120, "Enfant large");
        await SiteBuilder.PageAsync(app.Services, children[0], "Petit-enfant");
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);

        var first = await GetJsonAsync(client, $"/umbraco/picker/content?parent={parent}&take=50&format=json");
        var last = await GetJsonAsync(client, $"/umbraco/picker/content?parent={parent}&skip=100&take=50&format=json");

        Assert.Equal(120, first.GetProperty("total").GetInt32());
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var firstItems = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(children.Take(50).Select(k => k.ToString()), firstItems.Select(i => i.GetProperty("key").GetString()));
        Assert.True(firstItems[0].GetProperty("hasChildren").GetBoolean());
        Assert.False(firstItems[1].GetProperty("hasChildren").GetBoolean());
        Assert.Equal(20, last.GetProperty("items").GetArrayLength());
        Assert.False(last.GetProperty("hasMore").GetBoolean());
        var trail = first.GetProperty("trail").EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList();
        Assert.Equal([home.ToString(), parent.ToString()], trail);
    }

    [Fact]
    public async Task Media_SearchAndBrowse_AnswerImagesWithThumbnailsAndFoldersToOpen_FolderKindOnlyFolders()
    {
        var media = app.Services.GetRequiredService<IMediaService>();
        var folder = (await media.CreateFolderAsync("Dossier du sélecteur", null)).Value!;
        var image = (await media.UploadAsync(new MemoryStream(Png()), "verger-pommes.png", folder.Key)).Value!;
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        var found = await GetJsonAsync(client, "/umbraco/picker/media?q=VERGER&format=json");
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(image.Key.ToString(), item.GetProperty("key").GetString());
        Assert.Equal($"Dossier du sélecteur › {image.Name}", item.GetProperty("path").GetString());
        var thumbnail = item.GetProperty("thumbnail").GetString()!;
        Assert.StartsWith("/media/", thumbnail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(thumbnail)).StatusCode);

        var root = await GetJsonAsync(client, "/umbraco/picker/media?format=json");
        var folderRow = Assert.Single(root.GetProperty("items").EnumerateArray(), i => i.GetProperty("key").GetString() == folder.Key.ToString());
        Assert.False(folderRow.GetProperty("pickable").GetBoolean());
        Assert.True(folderRow.GetProperty("hasChildren").GetBoolean());
        var inside = await GetJsonAsync(client, $"/umbraco/picker/media?parent={folder.Key}&format=json");
        Assert.Equal(image.Key.ToString(), Assert.Single(inside.GetProperty("items").EnumerateArray()).GetProperty("key").GetString());

        var folders = await GetJsonAsync(client, "/umbraco/picker/folder?q=s%C3%A9lecteur&format=json");
        Assert.All(folders.GetProperty("items").EnumerateArray(), i => Assert.Equal("Folder", i.GetProperty("type").GetString()));
        Assert.Contains(folders.GetProperty("items").EnumerateArray(), i => i.GetProperty("key").GetString() == folder.Key.ToString() && i.GetProperty("pickable").GetBoolean());
        Assert.Empty((await GetJsonAsync(client, "/umbraco/picker/folder?q=verger&format=json")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Picker_WithoutFormat_RendersTheScriptFreePageWithKeysAndPaging()
    {
        var home = await helpers.FindByTypeAsync("home");
        var parent = await SiteBuilder.PageAsync(app.Services, home, "Parent sans script");
        var children = await SiteBuilder.ChildrenAsync(app.Services, parent, 3, "Sans script");
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        var response = await client.GetAsync($"/umbraco/picker/content?parent={parent}&take=2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<code>{children[0]}</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(children[2].ToString(), html, StringComparison.Ordinal);
        Assert.Contains($"skip=2", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/umbraco/picker/documents?format=json")]
    [InlineData("/umbraco/picker/1?format=json")]
    public async Task Picker_UnknownKind_Is404(string url)
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Picker_Anonymous_Is401WithoutData()
    {
        var response = await app.CreateBrowser().GetAsync("/umbraco/picker/content?q=a&format=json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("items", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static byte[] Png()
    {
        using var image = new Image<Rgba32>(64, 48, new Rgba32(40, 120, 60));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
