using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>
/// Command-line verbs of the host: `create-admin --email x --password-stdin [--name "Full name"]` creates an
/// administrator, reading the password from standard input so it never lands in shell history.
/// </summary>
public static class BackOfficeCommands
{
    public const string CreateAdmin = "create-admin";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == CreateAdmin;

    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? email = null, name = null;
        var passwordFromStdin = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--email" when i + 1 < args.Length:
                    email = args[++i];
                    break;
                case "--name" when i + 1 < args.Length:
                    name = args[++i];
                    break;
                case "--password-stdin":
                    passwordFromStdin = true;
                    break;
                default:
                    await stderr.WriteLineAsync($"Unknown argument '{args[i]}'.");
                    return 2;
            }
        }

        if (string.IsNullOrWhiteSpace(email) || !passwordFromStdin)
        {
            await stderr.WriteLineAsync("Usage: create-admin --email <address> --password-stdin [--name <name>]");
            return 2;
        }

        var password = (await stdin.ReadLineAsync())?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("No password on standard input.");
            return 2;
        }

        await BackOfficeInitializer.InitializeAsync(services);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>()
            .CreateAsync(email, name ?? email, password, BackOfficeRoles.Administrator);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await stderr.WriteLineAsync(error.Description);
            }

            return 1;
        }

        await stdout.WriteLineAsync($"Administrator {email} created.");
        return 0;
    }
}
