using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Features.Search;

/// <summary>The search issue's browser check: a visitor types a query on the French site, sees highlighted results, opens one.</summary>
public sealed class VisitorSearchesTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Search_FrenchQueryTyped_HighlightedResultsAndFirstOneOpens()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        // From the header link, as a visitor would; the query is typed without its accents.
        await page.Locator("header a[href='/recherche/']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal("/recherche/", new Uri(page.Url).AbsolutePath);

        // The index is built in the background after start: retry until it answers (bounded).
        var search = page.GetByRole(AriaRole.Searchbox);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await search.FillAsync("competitivite");
            await search.PressAsync("Enter");
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            if (await page.Locator(".search-hits > li").CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(500);
            search = page.GetByRole(AriaRole.Searchbox);
        }

        Assert.Contains("q=competitivite", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(".search-hits > li").CountAsync() > 0, "no result for 'competitivite'");
        var marks = await page.Locator(".search-hit-snippet mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Contains("compétitivité", StringComparison.OrdinalIgnoreCase));

        var first = page.Locator(".search-hits > li a").First;
        var href = await first.GetAttributeAsync("href");
        await first.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(href, new Uri(page.Url).AbsolutePath);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.StartsWith("fr", await page.Locator("html").GetAttributeAsync("lang") ?? string.Empty, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
