using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.FormsInbox;

/// <summary>Visitors send the contact form in French and in English; an editor finds both messages in the back-office inbox.</summary>
public sealed class ContactEntriesReachTheInboxTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task ContactForm_SentInFrenchAndEnglish_ConfirmedAndListedInTheInbox()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var french = $"fr-{run}@example.fr";
        var english = $"en-{run}@example.org";

        await SubmitContactAsync("/nous-contacter/", "fr-FR", "Élodie Garçon", french, "Bonjour, nous avons un projet d'irrigation.", "Merci");
        await SubmitContactAsync("/en/contact-us/", "en-US", "John Smith", english, "Hello, we would like to join the cluster.", "Thank");

        const string password = "ui test password 42";
        var editorEmail = $"ui-inbox-{run}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(editorEmail, "UI Inbox", password, BackOfficeRoles.Editor, "en-US");
            Assert.True(created.Succeeded);
        }

        var page = await app.NewPageAsync("en-US");
        await page.GotoAsync("/umbraco");
        await page.FillAsync("#email", editorEmail);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.ClickAsync(".bo-nav a[href='/umbraco/inbox']");
        await page.WaitForURLAsync("**/umbraco/inbox");
        var inbox = page.Locator("table.bo-inbox");
        await Assertions.Expect(inbox).ToContainTextAsync(french);
        await Assertions.Expect(inbox).ToContainTextAsync(english);

        // Open the French entry with the keyboard: every value is there.
        var open = page.Locator("tr", new() { HasText = french }).Locator("a");
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/umbraco/inbox/entry/**");
        await Assertions.Expect(page.Locator("table.bo-entry")).ToContainTextAsync("Bonjour, nous avons un projet d'irrigation.");
        await page.Context.CloseAsync();
    }

    private async Task SubmitContactAsync(string url, string locale, string name, string email, string message, string confirmationStart)
    {
        var page = await app.NewPageAsync(locale);
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        var form = page.Locator("form[action='/umbraco/forms/submit/contact']");
        await form.Locator("[name=name]").FillAsync(name);
        await form.Locator("[name=email]").FillAsync(email);
        await form.Locator("[name=subject]").SelectOptionAsync("project");
        await form.Locator("[name=message]").FillAsync(message);
        await form.Locator("[name=consent]").CheckAsync();

        // Posts faster than AgriPole:Forms:MinimumFillTime (2 s) are treated as bots and silently dropped.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**formSubmitted=contact**");

        var confirmation = page.Locator(".form__confirmation");
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await Assertions.Expect(confirmation).ToContainTextAsync(confirmationStart);
        await page.Context.CloseAsync();
    }
}
