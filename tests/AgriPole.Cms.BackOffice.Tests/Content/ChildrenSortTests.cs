using System.Net;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Services;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>The sort handler with a whole order, as drag and drop posts it (the buttons post one step).</summary>
public sealed class ChildrenSortTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public ChildrenSortTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    [Fact]
    public async Task Sort_WholeOrder_StoresThatOrder()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var before = await ChildrenAsync(home);
        var reversed = Enumerable.Reverse(before).ToList();

        var response = await PostOrderAsync(client, home, reversed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(reversed, await ChildrenAsync(home));
        var page = await client.GetStringAsync($"/umbraco/content/edit/{home}");
        Assert.Contains($"data-sortable=\"/umbraco/content/edit/{home}?handler=sort\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf($"data-key=\"{reversed[0]}\"", StringComparison.Ordinal) < page.IndexOf($"data-key=\"{reversed[1]}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sort_OrderThatIsNotExactlyTheChildren_Is400AndChangesNothing()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var before = await ChildrenAsync(home);

        foreach (var order in new[] { before.Skip(1).ToList(), [.. before.Skip(1), Guid.NewGuid()], [.. before, before[0]], [before[0], before[0], .. before.Skip(2)] })
        {
            var response = await PostOrderAsync(client, home, order);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(before, await ChildrenAsync(home));
    }

    [Fact]
    public async Task Sort_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var before = await ChildrenAsync(home);

        var response = await client.PostAsync($"/umbraco/content/edit/{home}?handler=sort", new FormUrlEncodedContent(Enumerable.Reverse(before).Select(k => new KeyValuePair<string, string>("order", k.ToString()))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await ChildrenAsync(home));
    }

    private static async Task<HttpResponseMessage> PostOrderAsync(HttpClient client, Guid parent, IEnumerable<Guid> order)
    {
        var token = await BackOfficeApp.GetAntiforgeryTokenAsync(client, $"/umbraco/content/edit/{parent}");
        var fields = order.Select(k => new KeyValuePair<string, string>("order", k.ToString())).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync($"/umbraco/content/edit/{parent}?handler=sort", new FormUrlEncodedContent(fields));
    }

    private async Task<List<Guid>> ChildrenAsync(Guid parent) =>
        (await app.Services.GetRequiredService<IContentService>().GetChildrenAsync(parent)).Select(c => c.Key).ToList();
}
