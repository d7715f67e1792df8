using AgriPole.Cms.BackOffice.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>At start: applies the back-office migrations, creates the roles and, on first run, the unattended administrator.</summary>
public static class BackOfficeInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BackOfficeDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in BackOfficeRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var unattended = sp.GetRequiredService<IOptions<UnattendedSettings>>().Value;
        if (string.IsNullOrWhiteSpace(unattended.UnattendedUserEmail) || string.IsNullOrEmpty(unattended.UnattendedUserPassword))
        {
            return;
        }

        var userManager = sp.GetRequiredService<UserManager<BackOfficeUser>>();
        if ((await userManager.GetUsersInRoleAsync(BackOfficeRoles.Administrator)).Count > 0)
        {
            return;
        }

        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BackOfficeInitializer));
        var result = await sp.GetRequiredService<BackOfficeUserService>().CreateAsync(
            unattended.UnattendedUserEmail,
            unattended.UnattendedUserName ?? unattended.UnattendedUserEmail,
            unattended.UnattendedUserPassword,
            BackOfficeRoles.Administrator);
        if (result.Succeeded)
        {
            logger.LogInformation("Created the first back-office administrator from Umbraco:CMS:Unattended.");
        }
        else
        {
            // The site still starts: an administrator can be created with the create-admin command.
            logger.LogError("Could not create the unattended administrator: {Errors}", string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
