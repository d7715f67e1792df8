using System.Net;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

/// <summary>Users page, role changes, the UI language preference, the audit log and the dictionary editor.</summary>
public sealed class UserManagementTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;

    public UserManagementTests(BackOfficeApp app) => this.app = app;

    [Fact]
    public async Task CreateUser_AsAdministrator_NewWriterCanSignIn_AndAppearsInAudit()
    {
        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var email = $"new-writer-{Guid.NewGuid():N}@example.org";

        var response = await BackOfficeApp.PostFormAsync(admin, "/umbraco/users", "/umbraco/users?handler=create", new Dictionary<string, string>
        {
            ["email"] = email,
            ["name"] = "<b>Nouvelle</b> rédactrice",
            ["role"] = BackOfficeRoles.Writer,
            ["password"] = "a fine long password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;Nouvelle&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeApp.PostLoginAsync(app.CreateBrowser(), email, "a fine long password")).StatusCode);
        Assert.Contains(email, await admin.GetStringAsync("/umbraco/audit?action=UserCreate"), StringComparison.Ordinal);
        Assert.DoesNotContain(email, await admin.GetStringAsync("/umbraco/audit?action=Publish"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRole_WriterPromotedToEditor_OldCookieIsRejected()
    {
        var writer = app.CreateBrowser();
        var email = await app.CreateUserAsync(BackOfficeRoles.Writer);
        await BackOfficeApp.PostLoginAsync(writer, email, BackOfficeApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/umbraco")).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>().FindByEmailAsync(email);
            var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
            var response = await BackOfficeApp.PostFormAsync(admin, "/umbraco/users", "/umbraco/users?handler=role", new Dictionary<string, string> { ["id"] = user!.Id, ["role"] = BackOfficeRoles.Editor });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await writer.GetAsync("/umbraco")).StatusCode);
        var again = app.CreateBrowser();
        await BackOfficeApp.PostLoginAsync(again, email, BackOfficeApp.Password);
        Assert.Contains("Your role: Editor", await again.GetStringAsync("/umbraco"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_SwitchToFrench_BackOfficeSpeaksFrench()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/umbraco"), StringComparison.Ordinal);

        var response = await BackOfficeApp.PostFormAsync(client, "/umbraco/profile", "/umbraco/profile", new Dictionary<string, string> { ["uiCulture"] = "fr-FR" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/umbraco"));
        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("Votre rôle : Rédacteur", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dictionary_EditAsAdministrator_SnapshotServesTheNewText()
    {
        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var snapshots = app.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        var item = snapshots.Current.Dictionary.Values.First();

        var response = await BackOfficeApp.PostFormAsync(admin, "/umbraco/dictionary", "/umbraco/dictionary?handler=save", new Dictionary<string, string>
        {
            ["key"] = item.Key.ToString(),
            ["text.fr-FR"] = "Texte modifié",
            ["text.en-US"] = "Changed text",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var updated = snapshots.Current.Dictionary[item.ItemKey];
        Assert.Equal("Texte modifié", updated.Values.Get("fr-FR"));
        Assert.Equal("Changed text", updated.Values.Get("en-US"));
    }
}
