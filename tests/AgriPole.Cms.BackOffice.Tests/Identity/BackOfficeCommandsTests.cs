using System.Net;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

public sealed class BackOfficeCommandsTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;

    public BackOfficeCommandsTests(BackOfficeApp app) => this.app = app;

    [Fact]
    public async Task RunAsync_CreateAdminWithPasswordOnStdin_CreatesAnAdministratorWhoCanSignIn()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        var stdout = new StringWriter();

        var code = await BackOfficeCommands.RunAsync(app.Services, ["create-admin", "--email", email, "--password-stdin"], new StringReader("a long enough secret\n"), stdout, new StringWriter());

        Assert.Equal(0, code);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, BackOfficeRoles.Administrator));
        var response = await BackOfficeApp.PostLoginAsync(app.CreateBrowser(), email, "a long enough secret");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("create-admin", "--email", "x@example.org")]
    [InlineData("create-admin", "--password-stdin")]
    [InlineData("create-admin", "--email", "x@example.org", "--password", "inline")]
    public async Task RunAsync_MissingOrUnsafeArguments_FailsWithUsage(params string[] args)
    {
        var stderr = new StringWriter();

        var code = await BackOfficeCommands.RunAsync(app.Services, args, new StringReader("a long enough secret\n"), new StringWriter(), stderr);

        Assert.Equal(2, code);
        Assert.NotEmpty(stderr.ToString());
    }

    [Fact]
    public async Task RunAsync_ShortPassword_FailsAndCreatesNobody()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";

        var code = await BackOfficeCommands.RunAsync(app.Services, ["create-admin", "--email", email, "--password-stdin"], new StringReader("short\n"), new StringWriter(), new StringWriter());

        Assert.Equal(1, code);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>().FindByEmailAsync(email));
    }
}
