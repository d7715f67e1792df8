using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Content;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Workflow;

/// <summary>/umbraco/preview: drafts in the public site's own views and layout, marked, private, never cached.</summary>
public sealed partial class PreviewTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public PreviewTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Preview_DraftOfAPublishedPage_RenderedInThePublicLayoutWithBanner_PublicPageAndCacheKeepThePublishedText()
    {
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await ContentEditingTests.CreateAsync(editor, await helpers.FindByTypeAsync("newsList"), "newsItem", "Aperçu d'une actualité");
        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(editor, key, $"/umbraco/content/publish/{key}?handler=publish", new()
        {
            ["v.fr-FR.title"] = "Texte publié",
            ["v.fr-FR.body"] = "<p>Corps publié</p>",
            ["i.publishDate"] = "2027-03-01T00:00",
            ["publishCultures"] = "fr-FR",
        })).StatusCode);
        var publicUrl = PublicUrl(key);
        var visitor = app.CreateBrowser();
        Assert.Contains("Texte publié", await GetDecodedAsync(visitor, publicUrl), StringComparison.Ordinal);
        Assert.Contains("Texte publié", await GetDecodedAsync(visitor, publicUrl), StringComparison.Ordinal); // now from the output cache

        await ContentEditingTests.PostEditorAsync(editor, key, $"/umbraco/content/edit/{key}?handler=save", new()
        {
            ["v.fr-FR.title"] = "Texte du brouillon",
            ["v.fr-FR.body"] = "<p>Corps du brouillon</p>",
            ["i.publishDate"] = "2027-03-01T00:00",
        });
        var response = await editor.GetAsync($"/umbraco/preview/{key}?culture=fr-FR");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("noindex, nofollow", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Texte du brouillon", html, StringComparison.Ordinal);
        Assert.Contains("Corps du brouillon", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte publié", html, StringComparison.Ordinal);

        // The public site's layout: header and menu, breadcrumbs, footer, the site's stylesheet, in the page's language.
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"breadcrumbs container\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-footer\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"canonical\"", html, StringComparison.Ordinal);

        // The banner is in the editor's language (en-US here), not the page's, and leads back to the editor.
        Assert.Matches(BannerPattern(), html);
        Assert.Contains("Preview — unpublished draft", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/umbraco/content/edit/{key}\"", html, StringComparison.Ordinal);

        // Neither the public page (cached or not) nor the sitemap ever shows the draft.
        var publicHtml = await GetDecodedAsync(visitor, publicUrl);
        Assert.Contains("Texte publié", publicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte du brouillon", publicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-banner", publicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte du brouillon", await GetDecodedAsync(app.CreateBrowser(), publicUrl + "?nocache=1"), StringComparison.Ordinal);
        Assert.DoesNotContain("/umbraco/preview", await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_NeverPublishedPage_RendersAndItsSiteLinksStayInPreview()
    {
        var writer = await app.SignedInAsync(BackOfficeRoles.Writer);
        var newsList = await helpers.FindByTypeAsync("newsList");
        var key = await ContentEditingTests.CreateAsync(writer, newsList, "newsItem", "Jamais publiée");
        await ContentEditingTests.PostEditorAsync(writer, key, $"/umbraco/content/edit/{key}?handler=save", new() { ["v.fr-FR.title"] = "Brouillon jamais publié" });

        var html = WebUtility.HtmlDecode(await writer.GetStringAsync($"/umbraco/preview/{key}?culture=fr-FR"));

        Assert.Contains("Brouillon jamais publié", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        var links = SitePreviewLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(Regex.Matches(html, "href=\"(/[^\"]*)\"").Select(m => m.Groups[1].Value),
            href => !href.StartsWith("/umbraco", StringComparison.Ordinal) && !href.Contains('.', StringComparison.Ordinal) && !href.StartsWith("/media/", StringComparison.Ordinal));

        // The draft's own URL in the preview snapshot answers in preview; the public site has no such page.
        var previewUrl = await PreviewUrlAsync(key);
        var own = await writer.GetAsync("/umbraco/preview/site?path=" + Uri.EscapeDataString(previewUrl));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Brouillon jamais publié", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowser().GetAsync(previewUrl)).StatusCode);

        // A breadcrumb link (to the news list) leads to that page in preview.
        var listUrl = links.First(l => l.Contains("actualites", StringComparison.OrdinalIgnoreCase) || l.Contains("news", StringComparison.OrdinalIgnoreCase));
        var list = await writer.GetAsync(WebUtility.HtmlDecode(listUrl));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("data-preview-banner", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_EnglishDraft_RenderedInTheEnglishLayout_BannerStillInTheEditorsLanguage()
    {
        var writer = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Writer, uiCulture: "fr-FR");
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeApp.PostLoginAsync(writer, email, BackOfficeApp.Password)).StatusCode);
        var key = await ContentEditingTests.CreateAsync(writer, await helpers.FindByTypeAsync("newsList"), "newsItem", "Aperçu bilingue");
        await ContentEditingTests.PostEditorAsync(writer, key, $"/umbraco/content/edit/{key}?handler=save", new()
        {
            ["name.en-US"] = "Bilingual preview",
            ["v.fr-FR.title"] = "Titre français",
            ["v.en-US.title"] = "English title",
        });

        var html = WebUtility.HtmlDecode(await writer.GetStringAsync($"/umbraco/preview/{key}?culture=en-US"));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("English title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Titre français", html, StringComparison.Ordinal);
        Assert.Contains("Aperçu — brouillon non publié", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\" data-preview-banner", html, StringComparison.Ordinal);
        Assert.Contains("path=%2Fen%2F", html, StringComparison.Ordinal); // English site links, kept in preview
    }

    [Fact]
    public async Task Preview_Anonymous_RedirectedToLoginOrRefused_NeverTheDraft()
    {
        var writer = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await ContentEditingTests.CreateAsync(writer, await helpers.FindByTypeAsync("newsList"), "newsItem", "Brouillon secret");
        var anonymous = app.CreateBrowser();

        using var page = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/preview/{key}?culture=fr-FR");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var browserAnswer = await anonymous.SendAsync(page);
        var apiAnswer = await anonymous.GetAsync($"/umbraco/preview/{key}?culture=fr-FR");
        var siteAnswer = await anonymous.GetAsync("/umbraco/preview/site?path=%2F");

        Assert.Equal(HttpStatusCode.Redirect, browserAnswer.StatusCode);
        Assert.StartsWith("/umbraco/login", browserAnswer.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, apiAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, siteAnswer.StatusCode);
        foreach (var answer in new[] { browserAnswer, apiAnswer, siteAnswer })
        {
            Assert.DoesNotContain("Brouillon secret", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Preview_UnknownNodeOrCultureWithoutDraft_Is404()
    {
        var writer = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await ContentEditingTests.CreateAsync(writer, await helpers.FindByTypeAsync("newsList"), "newsItem", "Seulement en français");

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/umbraco/preview/{Guid.NewGuid()}?culture=fr-FR")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/umbraco/preview/{key}?culture=en-US")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/umbraco/preview/site?path=%2F%2Fevil.example%2F")).StatusCode);
    }

    private string PublicUrl(Guid key)
    {
        var snapshots = app.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        return app.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(snapshots.Current, snapshots.Current.GetById(key)!, "fr-FR")!;
    }

    private async Task<string> PreviewUrlAsync(Guid key)
    {
        var preview = await app.Services.GetRequiredService<IPublishedSnapshotService>().CreatePreviewSnapshotAsync();
        return app.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(preview, preview.GetById(key)!, "fr-FR")!;
    }

    private static async Task<string> GetDecodedAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [GeneratedRegex("<div class=\"preview-banner\" role=\"status\" lang=\"en\" data-preview-banner>")]
    private static partial Regex BannerPattern();

    [GeneratedRegex("href=\"(/umbraco/preview/site\\?path=[^\"]+)\"")]
    private static partial Regex SitePreviewLink();
}
