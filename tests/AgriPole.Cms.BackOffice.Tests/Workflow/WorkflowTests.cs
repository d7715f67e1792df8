using System.Net;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Content;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.EntityFrameworkCore;
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
    public async Task Publish_RenamedParent_ChildOldUrl301_RepublishWithoutRenameRecordsNothing()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var parent = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("home"), "contentPage", "Rubrique parente");
        var child = await ContentEditingTests.CreateAsync(client, parent, "contentPage", "Page enfant");
        foreach (var key in (Guid[])[parent, child])
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(client, key, $"/umbraco/content/publish/{key}?handler=publish", new()
            {
                ["v.fr-FR.title"] = "Titre",
                ["publishCultures"] = "fr-FR",
            })).StatusCode);
        }

        var snapshots = app.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        var urls = app.Services.GetRequiredService<IPublishedUrlProvider>();
        var oldChildUrl = urls.GetUrl(snapshots.Current, snapshots.Current.GetById(child)!, "fr-FR")!;
        var parentPublish = $"/umbraco/content/publish/{parent}?handler=publish";

        // Re-published with a new text only: no URL changed, no redirect recorded.
        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(client, parent, parentPublish, new()
        {
            ["v.fr-FR.title"] = "Titre modifié",
            ["publishCultures"] = "fr-FR",
        })).StatusCode);
        Assert.Equal(0, await RedirectCountAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(client, parent, parentPublish, new()
        {
            ["name.fr-FR"] = "Rubrique renommée",
            ["v.fr-FR.title"] = "Titre modifié",
            ["publishCultures"] = "fr-FR",
        })).StatusCode);
        var newChildUrl = urls.GetUrl(snapshots.Current, snapshots.Current.GetById(child)!, "fr-FR")!;
        var response = await app.CreateBrowser().GetAsync(oldChildUrl);

        Assert.NotEqual(oldChildUrl, newChildUrl);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(newChildUrl, response.Headers.Location!.OriginalString);
    }

    private async Task<int> RedirectCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgriPole.Cms.BackOffice.Data.BackOfficeDbContext>().RedirectUrls.CountAsync();
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
            ["runAt"] = ParisTime(DateTime.UtcNow.AddSeconds(1)),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await helpers.GetAsync(key)).IsPublished("fr-FR"));

        await Task.Delay(1500);
        await app.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync(CancellationToken.None);

        Assert.True((await helpers.GetAsync(key)).IsPublished("fr-FR"));
        Assert.Equal(0, await app.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("2030-01-15T09:00", "2030-01-15 08:00")] // winter: UTC+1
    [InlineData("2030-07-15T09:00", "2030-07-15 07:00")] // summer: UTC+2
    public async Task Schedule_DateTypedInParisTime_IsStoredInUtc(string typed, string expectedUtc)
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Heure de Paris " + typed);

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{key}", $"/umbraco/content/publish/{key}?handler=schedule", new Dictionary<string, string>
        {
            ["action"] = "Publish",
            ["culture"] = "fr-FR",
            ["runAt"] = typed,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>().ScheduledActions.AsNoTracking().SingleAsync(s => s.ContentKey == key);
        Assert.Equal(expectedUtc, stored.RunAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        var editor = await client.GetStringAsync($"/umbraco/content/edit/{key}");
        Assert.Contains(typed.Replace("T", " ", StringComparison.Ordinal), editor, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_TimeSkippedBySummerTime_Is400AndNothingStored()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Heure sautée");

        var response = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{key}", $"/umbraco/content/publish/{key}?handler=schedule", new Dictionary<string, string>
        {
            ["action"] = "Publish",
            ["culture"] = "fr-FR",
            ["runAt"] = "2030-03-31T02:30", // clocks go from 02:00 to 03:00 in Paris that night
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>().ScheduledActions.AnyAsync(s => s.ContentKey == key));
    }

    /// <summary>A UTC instant as an editor in Paris types it in the schedule field.</summary>
    internal static string ParisTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"))
            .ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

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
