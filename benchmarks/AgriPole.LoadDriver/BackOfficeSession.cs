using System.Net;

namespace AgriPole.LoadDriver;

/// <summary>A signed-in back-office client (cookie UMB_UCONTEXT), signed in through the real login form.</summary>
public static class BackOfficeSession
{
    public static async Task<HttpClient> SignInAsync(DriverOptions options)
    {
        if (options.AdminPassword.Length == 0)
        {
            throw new InvalidOperationException("BENCH_ADMIN_PASSWORD is not set");
        }

        var client = options.NewClient();
        var loginPage = await client.GetStringAsync("/umbraco/login");
        var fields = HtmlForms.Fields(loginPage, "form[action=\"/umbraco/login\"]");
        HtmlForms.Set(fields, "email", options.AdminEmail);
        HtmlForms.Set(fields, "password", options.AdminPassword);
        HtmlForms.Set(fields, "returnUrl", "/umbraco");
        using var response = await client.PostAsync("/umbraco/login", new FormUrlEncodedContent(fields));
        using var check = await client.GetAsync("/umbraco/content");
        if (check.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"sign-in failed: login answered {(int)response.StatusCode}, /umbraco/content answered {(int)check.StatusCode}");
        }

        return client;
    }
}
