using System.Net;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Testing;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Forms.Tests.Support;

/// <summary>The real app (own temp database) with helpers to fetch a rendered form and post it back like a browser.</summary>
public sealed class FormsTestApp : IDisposable
{
    public FormsTestApp(Action<Dictionary<string, string?>>? configure = null, FormsTestApp? sameDatabaseAs = null)
    {
        Factory = new AgriPoleApplicationFactory();
        if (sameDatabaseAs is not null)
        {
            // A second node: its own index and media folder, the first node's database (the truth they share).
            _ = sameDatabaseAs.Factory.Server;
            Factory.Settings["ConnectionStrings:umbracoDbDSN"] = $"Data Source={sameDatabaseAs.Factory.DatabaseFile};Cache=Shared;Foreign Keys=True;Pooling=True";
        }

        // Tests post at once; the minimum fill time has its own test with the real default.
        Factory.Settings["AgriPole:Forms:MinimumFillTime"] = "00:00:00";
        Factory.Settings["AgriPole:Forms:RateLimitPermits"] = "1000";
        Factory.Settings["AgriPole:Forms:OutboxPollInterval"] = "00:00:00.200";
        Factory.Settings["AgriPole:Forms:OutboxBaseRetryDelay"] = "00:00:00.100";
        Factory.Settings["AgriPole:Forms:OutboxMaxRetryDelay"] = "00:00:00.500";
        Factory.Settings["AgriPole:Forms:PublicBaseUrl"] = "https://www.agripole.example";
        configure?.Invoke(Factory.Settings);
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    public AgriPoleApplicationFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>A client without redirects whose cookies live in <paramref name="jar"/>, so one browser can talk to several nodes.</summary>
    public HttpClient CreateClient(CookieContainer jar) => Factory.CreateDefaultClient(new CookieContainerHandler(jar));

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public FormsDbContext Db() => Service<IDbContextFactory<FormsDbContext>>().CreateDbContext();

    /// <summary>GETs the standalone form page and returns the form element with its hidden fields.</summary>
    public async Task<IHtmlFormElement> GetFormAsync(string alias, string culture = "fr-FR", HttpClient? client = null)
    {
        var response = await (client ?? Client).GetAsync(new Uri($"/umbraco/forms/form/{alias}?culture={culture}&page=5c3152b1-e429-48dc-8a17-67880801cee4", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ParseForm(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlFormElement ParseForm(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        return Assert.IsAssignableFrom<IHtmlFormElement>(doc.QuerySelector("form.form__form"));
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The hidden inputs of a rendered form (antiforgery, culture, tokens...).</summary>
    public static List<KeyValuePair<string, string>> Hidden(IHtmlFormElement form) =>
        form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();

    /// <summary>Posts the form's hidden fields plus <paramref name="fields"/>, as a browser would (url-encoded, UTF-8).</summary>
    public async Task<HttpResponseMessage> PostAsync(IHtmlFormElement form, IEnumerable<KeyValuePair<string, string>> fields, HttpClient? client = null)
    {
        var content = new FormUrlEncodedContent(Hidden(form).Concat(fields));
        return await (client ?? Client).PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    public static List<KeyValuePair<string, string>> ValidContact(string email = "elodie@example.fr", string message = "Bonjour, nous avons un projet d'irrigation.") =>
    [
        new("name", "Élodie Garçon"),
        new("email", email),
        new("subject", "project"),
        new("message", message),
        new("consent", "true"),
    ];

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
