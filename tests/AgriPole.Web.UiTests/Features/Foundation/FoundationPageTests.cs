using System.Globalization;
using System.Text;
using AgriPole.Web.UiTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.Foundation;

/// <summary>
/// The Foundation issue's browser checks on the seeded site: the home page in both languages, the language switcher
/// landing on the translated page, and axe finding no accessibility violation on those pages.
/// </summary>
public sealed class FoundationPageTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    // The seed's "why join" page in both cultures (umbraco-config/content).
    private const string WhyJoinFrench = "/pourquoi-adherer/";
    private const string WhyJoinEnglish = "/en/why-join/";

    [Theory]
    [InlineData("/", "fr")]
    [InlineData("/en/", "en")]
    public async Task Home_InEachCulture_ServesThePageInThatLanguage(string path, string language)
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        Assert.NotNull(lang);
        Assert.StartsWith(language, lang, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), "the page has no <title>");
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", "en", "/en/")]
    [InlineData("/en/", "fr", "/")]
    [InlineData(WhyJoinFrench, "en", WhyJoinEnglish)]
    [InlineData(WhyJoinEnglish, "fr", WhyJoinFrench)]
    public async Task LanguageSwitcher_Clicked_LandsOnTheTranslatedPage(string from, string targetLanguage, string expectedPath)
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(from);
        Assert.Equal(200, response?.Status);

        // The switcher links carry hreflang (what search engines and screen readers use too).
        var switcher = page.Locator($"a[hreflang^='{targetLanguage}']").First;
        await switcher.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(expectedPath, new Uri(page.Url).AbsolutePath);
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        Assert.StartsWith(targetLanguage, lang ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData(WhyJoinFrench)]
    [InlineData(WhyJoinEnglish)]
    [InlineData("/umbraco/forms/newsletter/unsubscribe?culture=fr-FR")]
    [InlineData("/umbraco/forms/form/newsletter?culture=en-US")]
    public async Task Page_CheckedWithAxe_HasNoViolations(string path)
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, Describe(path, result.Violations));
        await page.Context.CloseAsync();
    }

    private static string Describe(string path, AxeResultItem[] violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found {violations.Length} violation(s) on {path}:");
        foreach (var v in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {v.Id} ({v.Impact}): {v.Help}");
            foreach (var node in v.Nodes.Take(5))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }
}
