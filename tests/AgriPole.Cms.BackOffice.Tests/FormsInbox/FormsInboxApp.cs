using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.Forms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.FormsInbox;

/// <summary>The back-office app with forms that accept posts at once (the minimum fill time has its own test in the forms' tests).</summary>
public sealed partial class FormsInboxApp : BackOfficeApp
{
    public FormsInboxApp()
    {
        Settings["AgriPole:Forms:MinimumFillTime"] = "00:00:00";
        Settings["AgriPole:Forms:RateLimitPermits"] = "1000";
    }

    /// <summary>Submits the public contact form as a visitor's browser would; returns the redirect answer.</summary>
    public async Task<HttpResponseMessage> SubmitContactAsync(string email, string message, string name = "Élodie Garçon", string culture = "fr-FR")
    {
        using var visitor = CreateBrowser();
        var html = await visitor.GetStringAsync($"/umbraco/forms/form/contact?culture={culture}");
        var fields = HiddenPattern().Matches(html).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.AddRange(
        [
            new("name", name),
            new("email", email),
            new("subject", "project"),
            new("message", message),
            new("consent", "true"),
        ]);
        return await visitor.PostAsync("/umbraco/forms/submit/contact", new FormUrlEncodedContent(fields));
    }

    public FormsDbContext FormsDb() => Services.GetRequiredService<IDbContextFactory<FormsDbContext>>().CreateDbContext();

    public async Task<FormEntry> EntryByEmailAsync(string email)
    {
        await using var db = FormsDb();
        return await db.Set<FormEntry>().AsNoTracking().SingleAsync(e => e.Email == email);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenPattern();
}
