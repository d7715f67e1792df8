using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests;

/// <summary>The real app with helpers to create back-office users (through the app's own services) and sign them in over HTTP.</summary>
public partial class BackOfficeApp : AgriPoleApplicationFactory
{
    public const string Password = "correct horse battery staple";

    // Many tests sign in from the same (test server) address; the rate-limit test sets its own lower limit.
    // The scheduler's background loop then runs only at start, so tests that call RunDueAsync themselves never race it.
    public BackOfficeApp()
    {
        Settings["AgriPole:BackOffice:LoginPermitLimit"] = "10000";
        Settings["AgriPole:BackOffice:SchedulerPollInterval"] = "12:00:00";
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<string> CreateUserAsync(string role, string? email = null, string uiCulture = "en-US")
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, role + " user", Password, role, uiCulture);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A client signed in with a new user of the role.</summary>
    public async Task<HttpClient> SignedInAsync(string role)
    {
        var client = CreateBrowser();
        var email = await CreateUserAsync(role);
        var response = await PostLoginAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await GetAntiforgeryTokenAsync(client, "/umbraco/login");
        var fields = new Dictionary<string, string> { ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await client.PostAsync("/umbraco/login", new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the first form on a page (the cookie half stays in the client's cookie jar).</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {url}.");
    }

    /// <summary>POSTs a form with the antiforgery token taken from <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await GetAntiforgeryTokenAsync(client, formPage);
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
