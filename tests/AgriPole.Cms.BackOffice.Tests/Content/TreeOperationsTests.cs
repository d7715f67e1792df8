using System.Net;
using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Services;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>Move, copy, sort, trash, restore, versions and rollback through the back-office endpoints.</summary>
public sealed class TreeOperationsTests : IClassFixture<BackOfficeApp>
{
    private readonly BackOfficeApp app;
    private readonly ContentEditingTests helpers;

    public TreeOperationsTests(BackOfficeApp app)
    {
        this.app = app;
        helpers = new ContentEditingTests(app);
    }

    private IContentService Content => app.Services.GetRequiredService<IContentService>();

    [Fact]
    public async Task SortThenTrashThenRestore_ChildPages_OrderAndStateFollow()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var newsList = await helpers.FindByTypeAsync("newsList");
        var first = await ContentEditingTests.CreateAsync(client, newsList, "newsItem", "Tri A");
        var second = await ContentEditingTests.CreateAsync(client, newsList, "newsItem", "Tri B");

        var sort = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{newsList}", $"/umbraco/content/edit/{newsList}?handler=sort", new Dictionary<string, string>
        {
            ["child"] = second.ToString(),
            ["direction"] = "up",
        });
        Assert.Equal(HttpStatusCode.Redirect, sort.StatusCode);
        var order = (await Content.GetChildrenAsync(newsList)).Select(c => c.Key).ToList();
        Assert.True(order.IndexOf(second) < order.IndexOf(first));

        var trash = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{first}", $"/umbraco/content/edit/{first}?handler=trash", []);
        Assert.Equal(HttpStatusCode.Redirect, trash.StatusCode);
        Assert.True((await helpers.GetAsync(first)).Trashed);
        Assert.DoesNotContain(first, (await Content.GetChildrenAsync(newsList)).Select(c => c.Key));
        Assert.Contains("Tri A", WebUtility.HtmlDecode(await client.GetStringAsync("/umbraco/recycle-bin")), StringComparison.Ordinal);

        var restore = await BackOfficeApp.PostFormAsync(client, "/umbraco/recycle-bin", "/umbraco/recycle-bin?handler=restore", new Dictionary<string, string> { ["key"] = first.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.False((await helpers.GetAsync(first)).Trashed);
        Assert.Contains(first, (await Content.GetChildrenAsync(newsList)).Select(c => c.Key));
    }

    [Fact]
    public async Task Restore_OriginalParentStillTrashed_Is400WithTheReason_ThenRestoresUnderAGivenParent()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var parent = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Parent à la corbeille");
        var child = await ContentEditingTests.CreateAsync(client, parent, "contentPage", "Enfant à restaurer");
        await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{child}", $"/umbraco/content/edit/{child}?handler=trash", []);
        await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{parent}", $"/umbraco/content/edit/{parent}?handler=trash", []);

        var refused = await BackOfficeApp.PostFormAsync(client, "/umbraco/recycle-bin", "/umbraco/recycle-bin?handler=restore", new Dictionary<string, string> { ["key"] = child.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await helpers.GetAsync(child)).Trashed);
        var target = (await Content.GetChildrenAsync(home)).First(c => c.ContentTypeAlias == "contentPage").Key;

        var restored = await BackOfficeApp.PostFormAsync(client, "/umbraco/recycle-bin", "/umbraco/recycle-bin?handler=restore", new Dictionary<string, string>
        {
            ["key"] = child.ToString(),
            ["parent"] = target.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var item = await helpers.GetAsync(child);
        Assert.False(item.Trashed);
        Assert.Equal(target, item.ParentKey);
        Assert.True((await helpers.GetAsync(parent)).Trashed);
    }

    [Fact]
    public async Task DeletePermanently_AsEditor_Is403_AsAdministrator_Deletes()
    {
        var editor = await app.SignedInAsync(BackOfficeRoles.Editor);
        var key = await ContentEditingTests.CreateAsync(editor, await helpers.FindByTypeAsync("newsList"), "newsItem", "À supprimer");
        await BackOfficeApp.PostFormAsync(editor, $"/umbraco/content/edit/{key}", $"/umbraco/content/edit/{key}?handler=trash", []);

        var denied = await BackOfficeApp.PostFormAsync(editor, "/umbraco/recycle-bin", "/umbraco/recycle-bin/delete", new Dictionary<string, string> { ["key"] = key.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var admin = await app.SignedInAsync(BackOfficeRoles.Administrator);
        var deleted = await BackOfficeApp.PostFormAsync(admin, "/umbraco/recycle-bin", "/umbraco/recycle-bin/delete", new Dictionary<string, string> { ["key"] = key.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await Content.GetByIdAsync(key));
    }

    [Fact]
    public async Task MoveAndCopy_PolicyPageUnderAnotherParent_FollowAllowedTypes()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var page = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Page à déplacer");
        var target = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Nouveau parent");

        var move = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{page}", $"/umbraco/content/edit/{page}?handler=move", new Dictionary<string, string> { ["target"] = target.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);
        Assert.Equal(target, (await helpers.GetAsync(page)).ParentKey);

        var newsList = await helpers.FindByTypeAsync("newsList");
        var refused = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{page}", $"/umbraco/content/edit/{page}?handler=move", new Dictionary<string, string> { ["target"] = newsList.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(target, (await helpers.GetAsync(page)).ParentKey);

        var copy = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{target}", $"/umbraco/content/edit/{target}?handler=copy", new Dictionary<string, string>
        {
            ["target"] = home.ToString(),
            ["descendants"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, copy.StatusCode);
        var copyKey = Guid.Parse(copy.Headers.Location!.OriginalString.Split('/')[4].Split('?')[0]);
        Assert.NotEqual(target, copyKey);
        Assert.Equal(home, (await helpers.GetAsync(copyKey)).ParentKey);
        Assert.Single(await Content.GetChildrenAsync(copyKey));
    }

    [Fact]
    public async Task Move_RefusedTarget_PageShownAgainWithTheTargetAndChildren()
    {
        // Posts read the page's lists only to render a failure: the refused move must still show them.
        var client = await app.SignedInAsync(BackOfficeRoles.Editor);
        var home = await helpers.FindByTypeAsync("home");
        var page = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Page au déplacement refusé");
        var child = await ContentEditingTests.CreateAsync(client, page, "contentPage", "Enfant de la page refusée");
        var newsList = await helpers.FindByTypeAsync("newsList");

        var refused = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{page}", $"/umbraco/content/edit/{page}?handler=move", new Dictionary<string, string> { ["target"] = newsList.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        // The refused target stays in its picker field, named; the page lists no targets.
        Assert.Contains($"name=\"target\" value=\"{newsList}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{home}\"", html, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/content/edit/{child}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tree_Level_ListsChildrenInSortOrderWithNamesInTheEditorsLanguage()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var parent = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Parent de l'arbre");
        var first = await ContentEditingTests.CreateAsync(client, parent, "contentPage", "Premier enfant");
        var second = await ContentEditingTests.CreateAsync(client, parent, "contentPage", "Second enfant");
        Assert.True((await Content.SortAsync(parent, [second, first])).Success);

        var html = await client.GetStringAsync($"/umbraco/content/tree?parent={parent}");

        var secondAt = html.IndexOf($"data-key=\"{second}\"", StringComparison.Ordinal);
        var firstAt = html.IndexOf($"data-key=\"{first}\"", StringComparison.Ordinal);
        Assert.True(secondAt >= 0 && firstAt > secondAt, html);
        Assert.Contains("Premier enfant", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_ToAnEarlierVersion_RestoresTheDraftAndShowsTheDiff()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var key = await ContentEditingTests.CreateAsync(client, await helpers.FindByTypeAsync("newsList"), "newsItem", "Historique");
        await ContentEditingTests.PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=save", new() { ["v.fr-FR.summary"] = "premier texte du résumé" });
        await ContentEditingTests.PostEditorAsync(client, key, $"/umbraco/content/edit/{key}?handler=save", new() { ["v.fr-FR.summary"] = "second texte du résumé" });
        var history = app.Services.GetRequiredService<BackOffice.Content.ContentHistory>();
        var versions = await history.ListAsync(key, CancellationToken.None);
        var firstEdit = versions.OrderBy(v => v.Id).Skip(1).First();

        var diffPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/umbraco/content/versions/{key}?compare={firstEdit.Id}"));
        Assert.Contains("<del class=\"bo-diff-del\">premier</del>", diffPage, StringComparison.Ordinal);
        Assert.Contains("<ins class=\"bo-diff-ins\">second</ins>", diffPage, StringComparison.Ordinal);

        var rollback = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/versions/{key}?compare={firstEdit.Id}", $"/umbraco/content/versions/{key}?handler=rollback", new Dictionary<string, string> { ["version"] = firstEdit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        Assert.Equal("premier texte du résumé", (await helpers.GetAsync(key)).Cultures["fr-FR"].Values["summary"].GetString());
    }

    [Fact]
    public async Task Tree_LevelWiderThanAPage_ShowsTheFirstNodesAndAShowMoreLinkToTheRest()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var parent = await Pickers.SiteBuilder.PageAsync(app.Services, home, "Niveau de l'arbre paginé");
        var children = await Pickers.SiteBuilder.ChildrenAsync(app.Services, parent, ContentTree.LevelPageSize + 30, "Feuille");

        var first = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync($"/umbraco/content/tree?parent={parent}"));
        var more = first.QuerySelector("li.bo-tree-more a[data-tree-more]")!;
        var rest = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(more.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal)));

        Assert.Equal(children.Take(ContentTree.LevelPageSize).Select(k => k.ToString()), first.QuerySelectorAll("li[data-key]").Select(li => li.GetAttribute("data-key")));
        Assert.Equal($"/umbraco/content/tree?parent={parent}&skip={ContentTree.LevelPageSize}", more.GetAttribute("href"));
        Assert.Contains($"({ContentTree.LevelPageSize} of {ContentTree.LevelPageSize + 30})", more.TextContent, StringComparison.Ordinal);
        Assert.Equal(children.Skip(ContentTree.LevelPageSize).Select(k => k.ToString()), rest.QuerySelectorAll("li[data-key]").Select(li => li.GetAttribute("data-key")));
        Assert.Null(rest.QuerySelector("li.bo-tree-more"));
    }

    [Fact]
    public async Task RecycleBin_EntryWhoseParentIsTrashed_SaysSoAndOffersAPlacePicker_TypedNonKeyIsRefused()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var parent = await ContentEditingTests.CreateAsync(client, home, "contentPage", "Parent disparu");
        var child = await ContentEditingTests.CreateAsync(client, parent, "contentPage", "Enfant orphelin");
        await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{child}", $"/umbraco/content/edit/{child}?handler=trash", []);
        await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{parent}", $"/umbraco/content/edit/{parent}?handler=trash", []);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/umbraco/recycle-bin"));
        var field = page.QuerySelector($"#restore-{child:N}")!;
        Assert.Equal("parent", field.GetAttribute("name"));
        Assert.Contains($"restore-{child:N}-gone", field.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#restore-{child:N}-gone"));
        Assert.NotNull(page.QuerySelector($"#restore-{parent:N}"));
        Assert.Null(page.QuerySelector($"#restore-{parent:N}-gone"));
        Assert.NotNull(page.QuerySelector("dialog[data-picker-dialog]"));

        var refused = await BackOfficeApp.PostFormAsync(client, "/umbraco/recycle-bin", "/umbraco/recycle-bin?handler=restore", new Dictionary<string, string>
        {
            ["key"] = child.ToString(),
            ["parent"] = "Accueil",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is not a key", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await helpers.GetAsync(child)).Trashed);
    }

    [Fact]
    public async Task Edit_PageWithMoreChildrenThanAPage_ListsThePageOnly_ChildrenAllListsThemWithDragAndDrop()
    {
        var client = await app.SignedInAsync(BackOfficeRoles.Writer);
        var home = await helpers.FindByTypeAsync("home");
        var parent = await Pickers.SiteBuilder.PageAsync(app.Services, home, "Parent aux nombreux enfants");
        var children = await Pickers.SiteBuilder.ChildrenAsync(app.Services, parent, ContentTree.LevelPageSize + 10, "Enfant nombreux");
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        var paged = parser.ParseDocument(await client.GetStringAsync($"/umbraco/content/edit/{parent}"));
        var all = parser.ParseDocument(await client.GetStringAsync($"/umbraco/content/edit/{parent}?children=all"));

        Assert.Equal(ContentTree.LevelPageSize, paged.QuerySelectorAll("tr[data-key]").Length);
        Assert.Null(paged.QuerySelector("tbody[data-sortable]"));
        Assert.Contains($"Showing {ContentTree.LevelPageSize} of {ContentTree.LevelPageSize + 10} children.", paged.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(paged.QuerySelector($"a[href='/umbraco/content/edit/{parent}?children=all']"));
        var rows = paged.QuerySelectorAll("tr[data-key]");
        Assert.False(rows[rows.Length - 1].QuerySelector("button[value=down]")!.HasAttribute("disabled"));
        Assert.Equal(children.Select(k => k.ToString()), all.QuerySelectorAll("tr[data-key]").Select(r => r.GetAttribute("data-key")));
        Assert.NotNull(all.QuerySelector("tbody[data-sortable]"));

        // The last listed child steps down past the page's end: the step is taken in the whole order.
        var step = await BackOfficeApp.PostFormAsync(client, $"/umbraco/content/edit/{parent}", $"/umbraco/content/edit/{parent}?handler=sort", new Dictionary<string, string>
        {
            ["child"] = children[ContentTree.LevelPageSize - 1].ToString(),
            ["direction"] = "down",
        });
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        var order = (await Content.GetChildrenAsync(parent)).Select(c => c.Key).ToList();
        Assert.Equal(children[ContentTree.LevelPageSize], order[ContentTree.LevelPageSize - 1]);
        Assert.Equal(children[ContentTree.LevelPageSize - 1], order[ContentTree.LevelPageSize]);
    }
}
