using System.Net;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Content;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Workflow;

/// <summary>Preview, redirects on URL change, scheduled publishing.</summary>
public sealed class WorkflowTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public WorkflowTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Preview_Draft_RenderedMarkedNoStoreNoIndex_AndOnlyForBackOfficeUsers()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Avant-première");
        await ContentEditingTests.PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=save", new() { ["v.fr-FR.title"] = "Titre du brouillon" });

        var response = await client.GetAsync($"/umbraco/preview/{key}?culture=fr-FR");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Titre du brouillon", html, StringComparison.Ordinal);
        Assert.Contains("data-preview-banner", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBrowser().GetAsync($"/umbraco/preview/{key}?culture=fr-FR")).StatusCode);
    }

    [Fact]
    public async Task Publish_RenamedPublishedPage_OldUrlAnswers301ToTheNewOne()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Ancien nom de page");
        var publish = $"/umbraco/content/publish/{key}?handler=publish";
        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(client, key, publish, new()
        {
            ["v.fr-FR.title"] = "Titre",
            ["i.publishDate"] = "2027-01-01T00:00",
            ["publishCultures"] = "fr-FR",
        })).StatusCode);
        var snapshots = app.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        var urls = app.Services.GetRequiredService<IPublishedUrlProvider>();
        var oldUrl = urls.GetUrl(snapshots.Current, snapshots.Current.GetById(key)!, "fr-FR")!;

        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(client, key, publish, new()
        {
            ["name.fr-FR"] = "Nouveau nom de page",
            ["v.fr-FR.title"] = "Titre",
            ["i.publishDate"] = "2027-01-01T00:00",
            ["publishCultures"] = "fr-FR",
        })).StatusCode);
        var newUrl = urls.GetUrl(snapshots.Current, snapshots.Current.GetById(key)!, "fr-FR")!;
        Assert.NotEqual(oldUrl, newUrl);

        var response = await app.CreateBrowser().GetAsync(oldUrl + "?utm=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(newUrl + "?utm=x", response.Headers.Location!.OriginalString);
        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        Assert.Contains(oldUrl, await admin.GetStringAsync("/umbraco/redirects"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_PublishAtADate_RunByTheSchedulerFromTheDatabase()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Publication planifiée");
        await ContentEditingTests.PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=save", new() { ["v.fr-FR.title"] = "Planifié", ["i.publishDate"] = "2027-01-01T00:00" });

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{key}", $"/umbraco/content/publish/{key}?handler=schedule", new Dictionary<string, string>
        {
            ["action"] = "Publish",
            ["culture"] = "fr-FR",
            ["runAt"] = DateTime.UtcNow.AddSeconds(1).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await helpers.GetAsync(key)).IsPublished("fr-FR"));

        await Task.Delay(1500);
        await app.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync(CancellationToken.None);

        Assert.True((await helpers.GetAsync(key)).IsPublished("fr-FR"));
        Assert.Equal(0, await app.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Schedule_AsWriter_Is403()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Planification refusée");

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{key}", $"/umbraco/content/publish/{key}?handler=schedule", new Dictionary<string, string>
        {
            ["action"] = "Publish",
            ["culture"] = "fr-FR",
            ["runAt"] = "2030-01-01T00:00:00",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
