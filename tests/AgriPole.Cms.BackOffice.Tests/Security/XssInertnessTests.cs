using System.Net;
using System.Text.RegularExpressions;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Tests.Content;
using AgriPole.Cms.Core.PublishedCache;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Security;

/// <summary>
/// Script payloads in a node's name, title and rich text are inert everywhere they are shown: the public page, search
/// results, the Delivery API, preview, the versions diff, the audit log and the redirects list (the tree and the
/// editor are covered by ContentEditingTests).
/// </summary>
public sealed partial class XssInertnessTests : IClassFixture<BackOfficeApp>
{
    private const string EvilName = "Zanzibar <script>alert('n')</script><img src=x onerror=alert(1)>";
    private const string EvilTitle = "Zanzibar \"><svg onload=alert(2)>";
    private const string EvilBody = "<p onclick=\"alert(3)\">Zanzibar</p><script>alert(4)</script><img src=x onerror=alert(6)><a href=\"javascript:alert(5)\">lien</a>";

    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public XssInertnessTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Payloads_InNameTitleAndRichText_AreInertEverywhereTheyAreShown()
    {
        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var key = await ContentEditingTests.CreateAsync(admin, await helpers.FindByTypeAsync("newsList"), "newsItem", EvilName);
        var fields = new Dictionary<string, string>
        {
            ["name.fr-FR"] = EvilName,
            ["v.fr-FR.title"] = EvilTitle,
            ["v.fr-FR.body"] = EvilBody,
            ["i.publishDate"] = "2027-01-01T00:00",
            ["publishCultures"] = "fr-FR",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(admin, key, $"/umbraco/content/publish/{key}?handler=publish", fields)).StatusCode);
        var oldUrl = PublicUrl(key);

        // A rename (a redirect row) and a new draft (something to diff).
        fields["name.fr-FR"] = EvilName + " 2";
        Assert.Equal(HttpStatusCode.Redirect, (await ContentEditingTests.PostEditorAsync(admin, key, $"/umbraco/content/publish/{key}?handler=publish", fields)).StatusCode);
        fields["v.fr-FR.title"] = EvilTitle + " <b>brouillon</b>";
        fields.Remove("publishCultures");
        await ContentEditingTests.PostEditorAsync(admin, key, $"/umbraco/content/edit/{key}?handler=save", fields);
        var url = PublicUrl(key);
        Assert.NotEqual(oldUrl, url);

        var visitor = app.CreateBrowser();
        var versions = await admin.GetStringAsync($"/umbraco/content/versions/{key}");
        var compare = CompareLink().Match(versions).Groups[1].Value;
        var pages = new Dictionary<string, string>
        {
            ["public page"] = await visitor.GetStringAsync(url),
            ["search results"] = await SearchAsync(visitor),
            ["preview"] = await admin.GetStringAsync($"/umbraco/preview/{key}?culture=fr-FR"),
            ["versions"] = versions,
            ["versions diff"] = await admin.GetStringAsync($"/umbraco/content/versions/{key}?compare={compare}"),
            ["audit log"] = await admin.GetStringAsync($"/umbraco/audit?node={key}"),
            ["redirects"] = await admin.GetStringAsync("/umbraco/redirects"),
        };

        foreach (var (where, html) in pages)
        {
            AssertInert(where, html);
        }

        // The payloads were shown (encoded), so the checks above looked at the right thing.
        Assert.Contains("&lt;svg onload=alert(2)&gt;", pages["public page"], StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload=alert(2)&gt;", pages["preview"], StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", pages["versions"], StringComparison.Ordinal);
        Assert.Contains("Zanzibar", pages["search results"], StringComparison.Ordinal);
        Assert.Contains(oldUrl, pages["redirects"], StringComparison.Ordinal);

        // Delivery API: JSON (never HTML), and the rich text it serves is the sanitised one.
        var api = await visitor.GetAsync($"/umbraco/delivery/api/v2/content/item/{key}");
        Assert.Equal("application/json", api.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(EvilName + " 2", root.GetProperty("name").GetString()); // data, for the client to encode
        var body = root.GetProperty("properties").GetProperty("body");
        var markup = body.ValueKind == System.Text.Json.JsonValueKind.Object ? body.GetProperty("markup").GetString()! : body.GetString()!;
        Assert.Contains("Zanzibar", markup, StringComparison.Ordinal);
        foreach (var bad in new[] { "<script", "onerror", "onclick", "javascript:" })
        {
            Assert.DoesNotContain(bad, markup, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertInert(string where, string html)
    {
        foreach (var raw in new[] { "<script>alert", "<img src=x", "<svg onload", "onclick=\"alert", "href=\"javascript:" })
        {
            Assert.False(html.Contains(raw, StringComparison.OrdinalIgnoreCase), $"{where} contains raw {raw}");
        }
    }

    private static async Task<string> SearchAsync(HttpClient visitor)
    {
        // The index follows publishes in the background: wait for the hit rather than for a fixed time.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var html = await visitor.GetStringAsync("/recherche/?q=zanzibar");
            if (html.Contains("search-hit", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return html;
            }

            await Task.Delay(100);
        }
    }

    private string PublicUrl(Guid key)
    {
        var snapshots = app.Services.GetRequiredService<IPublishedSnapshotAccessor>();
        return app.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(snapshots.Current, snapshots.Current.GetById(key)!, "fr-FR")!;
    }

    [GeneratedRegex("compare=(\\d+)")]
    private static partial Regex CompareLink();
}
