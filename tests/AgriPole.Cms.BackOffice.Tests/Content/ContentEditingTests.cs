using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>Create, edit, save and publish through the back-office's HTTP endpoints, on the seeded site.</summary>
public sealed partial class ContentEditingTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;

    public ContentEditingTests(BackOfficeApp app) => this.app = app;

    [Fact]
    public async Task CreateSavePublish_EditorWritesNewsInBothLanguages_IsPublishedInBoth()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var newsList = await FindByTypeAsync("newsList");

        var key = await CreateAsync(client, newsList, "newsItem", "Salon de l'agriculture 2027");
        var response = await PostEditorAsync(client, key, $"/umbraco/content/publish/{key}?handler=publish", new()
        {
            ["name.en-US"] = "Agriculture show 2027",
            ["v.fr-FR.title"] = "Salon de l'agriculture 2027",
            ["v.en-US.title"] = "Agriculture show 2027",
            ["v.fr-FR.body"] = "<p>Rendez-vous <strong>Porte de Versailles</strong>.</p>",
            ["v.en-US.body"] = "<p>See you at <strong>Porte de Versailles</strong>.</p>",
            ["i.publishDate"] = "2027-02-20T09:00",
            ["i.tags"] = "salon, innovation, salon",
            ["publishCultures"] = "fr-FR",
            ["publishCultures2"] = "en-US",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("m=published", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var item = await GetAsync(key);
        Assert.True(item.IsPublished("fr-FR"));
        Assert.True(item.IsPublished("en-US"));
        Assert.Equal("Agriculture show 2027", item.Cultures["en-US"].PublishedName);
        Assert.Equal(["salon", "innovation"], item.InvariantValues["tags"].EnumerateArray().Select(e => e.GetString()));
        var published = app.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.GetById(key);
        Assert.NotNull(published);
        Assert.Equal("<p>See you at <strong>Porte de Versailles</strong>.</p>", published.GetString("body", "en-US"));
    }

    [Fact]
    public async Task Save_DraftOnly_IsNotPublished()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await CreateAsync(client, await FindByTypeAsync("newsList"), "newsItem", "Brouillon seulement");

        var response = await PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=save", new()
        {
            ["v.fr-FR.title"] = "Brouillon seulement",
            ["v.fr-FR.summary"] = "Résumé du brouillon",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await GetAsync(key);
        Assert.Equal("Résumé du brouillon", item.Cultures["fr-FR"].Values["summary"].GetString());
        Assert.False(item.IsPublished("fr-FR"));
        Assert.Null(app.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.GetById(key));
    }

    [Fact]
    public async Task Publish_AsWriter_Is403AndTheEditorHasNoPublishButton()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await CreateAsync(client, await FindByTypeAsync("newsList"), "newsItem", "Article d'un rédacteur");

        var page = await client.GetStringAsync($"/umbraco/content/edit/{key}");
        Assert.DoesNotContain("id=\"bo-publish\"", page, StringComparison.Ordinal);
        Assert.Contains("handler=review", page, StringComparison.Ordinal);

        var response = await PostEditorAsync(client, key, $"/umbraco/content/publish/{key}?handler=publish", new()
        {
            ["v.fr-FR.title"] = "Article d'un rédacteur",
            ["publishCultures"] = "fr-FR",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await GetAsync(key)).IsPublished("fr-FR"));
    }

    [Fact]
    public async Task SendForReview_AsWriter_SavesTheDraftAndLogsTheRequest()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await CreateAsync(client, await FindByTypeAsync("newsList"), "newsItem", "À relire");

        var response = await PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=review", new() { ["v.fr-FR.title"] = "À relire, titre" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("À relire, titre", (await GetAsync(key)).Cultures["fr-FR"].Values["title"].GetString());
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        Assert.Contains("À relire", WebUtility.HtmlDecode(await editor.GetStringAsync("/umbraco")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_XssInNameAndRichText_StoredSanitisedAndRenderedInert()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        const string evilName = "<script>alert('name')</script><img src=x onerror=alert(1)>";
        var key = await CreateAsync(client, await FindByTypeAsync("newsList"), "newsItem", evilName);

        var response = await PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=save", new()
        {
            ["name.fr-FR"] = evilName,
            ["v.fr-FR.title"] = "\"><svg onload=alert(2)>",
            ["v.fr-FR.body"] = "<p onclick=\"alert(3)\">texte</p><script>alert(4)</script><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(5)\">lien</a><a href=\"https://example.org/\" style=\"color:red\">ok</a><img src=x onerror=alert(6)>",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = (await GetAsync(key)).Cultures["fr-FR"].Values["body"].GetString()!;
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("iframe", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://example.org/\">ok</a>", body, StringComparison.Ordinal);

        foreach (var url in new[] { $"/umbraco/content/edit/{key}", "/umbraco/content", $"/umbraco/content/tree?parent={(await GetAsync(key)).ParentKey}" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        }

        var editPage = await client.GetStringAsync($"/umbraco/content/edit/{key}");
        Assert.Contains("&lt;script&gt;alert(", editPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InvalidNumber_ShowsTheMessageInTheEditorsLanguageAndChangesNothing()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await FindByTypeAsync("home");
        var before = (await GetAsync(home)).InvariantValues.TryGetValue("latestNewsCount", out var v) ? v.GetRawText() : null;

        var response = await PostEditorAsync(client, home, $"/umbraco/content/edit/{home}?handler=save", new() { ["i.latestNewsCount"] = "three" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a whole number.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = (await GetAsync(home)).InvariantValues.TryGetValue("latestNewsCount", out var a) ? a.GetRawText() : null;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Publish_MissingMandatoryTitle_ShowsEngineValidationMessage()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await CreateAsync(client, await FindByTypeAsync("newsList"), "newsItem", "Sans titre");

        var response = await PostEditorAsync(client, key, $"/umbraco/content/publish/{key}?handler=publish", new() { ["publishCultures"] = "fr-FR" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"bo-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await GetAsync(key)).IsPublished("fr-FR"));
    }

    [Fact]
    public async Task Tree_ExpandHome_ListsItsChildrenAsFragment()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await FindByTypeAsync("home");
        var newsList = await FindByTypeAsync("newsList");

        var html = await client.GetStringAsync($"/umbraco/content/tree?parent={home}");

        Assert.StartsWith("<ul", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains($"/umbraco/content/edit/{newsList}", html, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/content/edit/{home}", await client.GetStringAsync("/umbraco/content"), StringComparison.Ordinal);
    }

    internal async Task<Guid> FindByTypeAsync(string alias)
    {
        var content = app.Services.GetRequiredService<IContentService>();
        var queue = new Queue<Guid?>([null]);
        while (queue.Count > 0)
        {
            foreach (var child in await content.GetChildrenAsync(queue.Dequeue()))
            {
                if (child.ContentTypeAlias == alias)
                {
                    return child.Key;
                }

                queue.Enqueue(child.Key);
            }
        }

        throw new InvalidOperationException($"No {alias} in the seed.");
    }

    internal async Task<ContentItem> GetAsync(Guid key) =>
        await app.Services.GetRequiredService<IContentService>().GetByIdAsync(key) ?? throw new InvalidOperationException("gone");

    internal static async Task<Guid> CreateAsync(HttpClient client, Guid parent, string type, string name)
    {
        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/create?parent={parent}", "/umbraco/content/create", new Dictionary<string, string>
        {
            ["parent"] = parent.ToString(),
            ["type"] = type,
            ["name"] = name,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    /// <summary>Posts the editor form as the page renders it, with the given fields replaced.</summary>
    internal static async Task<HttpResponseMessage> PostEditorAsync(HttpClient client, Guid key, string action, Dictionary<string, string> fields)
    {
        var token = await BackOfficeApp.GetAntiforgeryTokenAsync(client, $"/umbraco/content/edit/{key}");
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key.TrimEnd('2'), f.Value)).ToList();
        if (!fields.ContainsKey("name.fr-FR"))
        {
            var item = await client.GetStringAsync($"/umbraco/content/edit/{key}");
            var name = NameFr().Match(item).Groups[1].Value;
            all.Add(new("name.fr-FR", WebUtility.HtmlDecode(name)));
        }

        all.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("/umbraco/content/edit/([0-9a-f-]{36})")]
    private static partial Regex EditUrl();

    [GeneratedRegex("name=\"name.fr-FR\" type=\"text\" value=\"([^\"]*)\"")]
    private static partial Regex NameFr();
}
