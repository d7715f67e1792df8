using System.Net;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

public sealed class UnattendedAdministratorTests : IDisposable
{
    private readonly BackOfficeApp app = new();

    [Fact]
    public async Task Startup_UnattendedKeysSet_CreatesTheFirstAdministrator()
    {
        app.Settings["Umbraco:CMS:Unattended:UnattendedUserName"] = "First Admin";
        app.Settings["Umbraco:CMS:Unattended:UnattendedUserEmail"] = "first-admin@example.org";
        app.Settings["Umbraco:CMS:Unattended:UnattendedUserPassword"] = "unattended secret 123";

        var client = app.CreateBrowser();
        var response = await BackOfficeApp.PostLoginAsync(client, "first-admin@example.org", "unattended secret 123");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco/users")).StatusCode);
    }

    public void Dispose() => app.Dispose();
}
