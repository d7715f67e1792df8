using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Core.Tests.Support;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Core.Tests.Persistence.Content;

public sealed class ContentServiceTests : IAsyncLifetime
{
    private readonly NotificationLog _log = new();
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync(s =>
    {
        s.AddSingleton(_log);
        s.AddSingleton<INotificationHandler<ContentPublishedNotification>, ThrowingHandler>();
        s.AddSingleton<INotificationHandler<ContentPublishedNotification>>(sp => sp.GetRequiredService<NotificationLog>());
        s.AddSingleton<INotificationHandler<ContentSavedNotification>>(sp => sp.GetRequiredService<NotificationLog>());
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SaveAsync_NewPage_GeneratesSegmentsPerCultureFromNames()
    {
        var result = await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Nos adhérents"), ("en-US", "Our members")));

        Assert.True(result.Success);
        Assert.Equal("nos-adherents", result.Value!.Cultures["fr-FR"].UrlSegment);
        Assert.Equal("our-members", result.Value.Cultures["en-US"].UrlSegment);
        Assert.Equal(2, result.Value.Level);
        Assert.Equal($"{FixtureKeys.Home:D},{result.Value.Key:D}", result.Value.Path);
    }

    [Fact]
    public async Task SaveAsync_SameNameAsSibling_GetsUniqueSegmentInThatCultureOnly()
    {
        // "À propos" exists under home in French ("a-propos"); in English the sibling is "about".
        var result = await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "A propos"), ("en-US", "A propos")));

        Assert.Equal("a-propos-2", result.Value!.Cultures["fr-FR"].UrlSegment);
        Assert.Equal("a-propos", result.Value.Cultures["en-US"].UrlSegment);
    }

    [Fact]
    public async Task SaveAsync_SameNameUnderOtherParent_KeepsSegment()
    {
        var result = await _host.Content.SaveAsync(Items.Page(FixtureKeys.WhyJoin, ("fr-FR", "À propos")));

        Assert.Equal("a-propos", result.Value!.Cultures["fr-FR"].UrlSegment);
    }

    [Fact]
    public async Task SaveAsync_EditorSetSegment_IsKeptWhenNameChanges()
    {
        var page = Items.Page(FixtureKeys.Home, ("fr-FR", "Adhésion"));
        page.Cultures["fr-FR"].UrlSegment = "Devenir-Membre";
        var saved = (await _host.Content.SaveAsync(page)).Value!;

        saved.Cultures["fr-FR"].Name = "Adhésion 2027";
        var resaved = (await _host.Content.SaveAsync(saved)).Value!;

        Assert.Equal("devenir-membre", resaved.Cultures["fr-FR"].UrlSegment);
    }

    [Fact]
    public async Task SaveAsync_GeneratedSegment_FollowsNameChange()
    {
        var saved = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Ancien nom")))).Value!;

        saved.Cultures["fr-FR"].Name = "Nouveau nom";
        var resaved = (await _host.Content.SaveAsync(saved)).Value!;

        Assert.Equal("nouveau-nom", resaved.Cultures["fr-FR"].UrlSegment);
    }

    [Fact]
    public async Task SaveAsync_EditorSegmentTakenBySibling_FailsWithLocalisedMessage()
    {
        var page = Items.Page(FixtureKeys.Home, ("fr-FR", "Autre"));
        page.Cultures["fr-FR"].UrlSegment = "a-propos";

        var result = await _host.Content.SaveAsync(page);

        var error = Assert.Single(result.Errors);
        Assert.Equal("urlSegmentTaken", error.Code);
        Assert.Contains("déjà utilisé", error.Message.Get("fr-FR"), StringComparison.Ordinal);
        Assert.Contains("already used", error.Message.Get("en-US"), StringComparison.Ordinal);
        Assert.Null(await _host.Content.GetByIdAsync(page.Key));
    }

    [Fact]
    public async Task SaveAsync_TypeNotAllowedUnderParent_FailsAndWritesNothing()
    {
        var item = Items.Page(FixtureKeys.NewsList, ("fr-FR", "Pas ici"));

        var result = await _host.Content.SaveAsync(item);

        Assert.Equal("notAllowedUnder", Assert.Single(result.Errors).Code);
        Assert.Null(await _host.Content.GetByIdAsync(item.Key));
    }

    [Fact]
    public async Task SaveAsync_UnknownPropertyOrWrongVariation_Fails()
    {
        var item = Items.Page(FixtureKeys.Home, ("fr-FR", "Page"));
        item.Cultures["fr-FR"].Values["nope"] = Items.Json("x");
        item.Cultures["fr-FR"].Values["reference"] = Items.Json("ABC-12");
        item.InvariantValues["showInMenu"] = Items.Json("yes");

        var result = await _host.Content.SaveAsync(item);

        Assert.Equal(["unknownProperty", "propertyInvariant", "invalidValue"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task SaveAsync_Draft_NeverReachesPublishedSnapshot()
    {
        var item = Items.Page(FixtureKeys.Home, ("fr-FR", "Brouillon"));
        await _host.Content.SaveAsync(item);

        Assert.Null(_host.Current.GetById(item.Key));
        Assert.Null(_host.Current.GetByRoute("fr-FR", "/brouillon/"));
        Assert.Null(_host.Current.GetById(FixtureKeys.Draft));
        Assert.DoesNotContain(_host.Current.All, n => n.Key == FixtureKeys.Draft);
        Assert.Contains(FixtureKeys.Draft, (await _host.Snapshots.CreatePreviewSnapshotAsync()).All.Select(n => n.Key));
    }

    [Fact]
    public async Task SaveAsync_PublishedPage_KeepsPublishedValuesUntilRepublished()
    {
        var about = (await _host.Content.GetByIdAsync(FixtureKeys.About))!;
        about.Cultures["fr-FR"].Values["title"] = Items.Json("Titre modifié");

        await _host.Content.SaveAsync(about);

        Assert.Equal("À propos du pôle", _host.Current.GetById(FixtureKeys.About)!.GetString("title", "fr-FR"));
        var preview = await _host.Snapshots.CreatePreviewSnapshotAsync();
        Assert.True(preview.IsPreview);
        Assert.Equal("Titre modifié", preview.GetById(FixtureKeys.About)!.GetString("title", "fr-FR"));
        Assert.True((await _host.Content.GetByIdAsync(FixtureKeys.About))!.Cultures["fr-FR"].IsEdited);
    }

    [Fact]
    public async Task SaveAsync_PublishedPage_NoSnapshotSwapNoCacheInstructionSameAsRebuild()
    {
        await using var db = _host.Services.GetRequiredService<CmsDbContextFactory>().Create();
        var instructions = await db.CacheInstructions.CountAsync();
        var snapshot = _host.Current;
        var published = snapshot.GetById(FixtureKeys.About)!;
        var about = (await _host.Content.GetByIdAsync(FixtureKeys.About))!;
        about.Cultures["fr-FR"].Values["title"] = Items.Json("Titre modifié");

        var result = await _host.Content.SaveAsync(about);

        // A draft save changes nothing published: the same snapshot, nothing for the other nodes to replay, and a
        // snapshot rebuilt from the database (another node, a restart) agrees with it, dates included.
        Assert.True(result.Success);
        Assert.Contains($"saved {FixtureKeys.About}", _log.Entries);
        Assert.Same(snapshot, _host.Current);
        Assert.Equal(instructions, await db.CacheInstructions.CountAsync());
        Assert.True(result.Value!.UpdateDate > published.UpdateDate);
        await _host.Snapshots.RebuildAsync();
        var rebuilt = _host.Current.GetById(FixtureKeys.About)!;
        Assert.Equal(published.UpdateDate, rebuilt.UpdateDate);
        Assert.Equal(published.GetString("title", "fr-FR"), rebuilt.GetString("title", "fr-FR"));
    }

    [Fact]
    public async Task PublishAsync_NewPage_AppearsInSnapshotAtOnce()
    {
        var item = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Nos projets"), ("en-US", "Our projects")))).Value!;
        var before = _host.Current.Version;

        var result = await _host.Content.PublishAsync(item.Key, ["fr-FR", "en-US"]);

        Assert.True(result.Success);
        Assert.True(_host.Current.Version > before);
        Assert.Equal(item.Key, _host.Current.GetByRoute("fr-FR", "/nos-projets/")!.Key);
        Assert.Equal(item.Key, _host.Current.GetByRoute("en-US", "our-projects")!.Key);
        Assert.Contains(_host.Current.GetChildren(FixtureKeys.Home), n => n.Key == item.Key);
        Assert.Contains(_host.Current.GetByContentType("contentPage"), n => n.Key == item.Key);
    }

    [Fact]
    public async Task PublishAsync_EnglishOnlyNeverPublishedInFrench_FailsWithMandatoryCultureMessage()
    {
        var item = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Projet"), ("en-US", "Project")))).Value!;

        var result = await _host.Content.PublishAsync(item.Key, ["en-US"]);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal("mandatoryCulture", error.Code);
        Assert.Equal("fr-FR", error.Culture);
        Assert.Contains("langue obligatoire Français (fr-FR)", error.Message.Get("fr-FR"), StringComparison.Ordinal);
        Assert.Contains("mandatory language Français (fr-FR)", error.Message.Get("en-US"), StringComparison.Ordinal);
        Assert.Null(_host.Current.GetById(item.Key));
    }

    [Fact]
    public async Task PublishAsync_EnglishAfterFrench_Succeeds()
    {
        var item = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Projet"), ("en-US", "Project")))).Value!;
        await _host.Content.PublishAsync(item.Key, ["fr-FR"]);

        var result = await _host.Content.PublishAsync(item.Key, ["en-US"]);

        Assert.True(result.Success);
        Assert.Equal(["en-US", "fr-FR"], _host.Current.GetById(item.Key)!.Cultures.Keys.Order());
    }

    [Fact]
    public async Task PublishAsync_MandatoryTitleMissing_FailsPerCultureInBothLanguages()
    {
        var item = Items.Page(FixtureKeys.Home, ("fr-FR", "Sans titre"), ("en-US", "Untitled"));
        item.Cultures["fr-FR"].Values.Clear();
        item.Cultures["en-US"].Values["title"] = Items.Json("   ");
        await _host.Content.SaveAsync(item);

        var result = await _host.Content.PublishAsync(item.Key, ["fr-FR", "en-US"]);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(("title", "mandatory"), (e.Property, e.Code)));
        Assert.Equal("« Titre » est obligatoire (langue fr-FR).", result.Errors[0].Message.Get("fr-FR"));
        Assert.Equal("\"Title\" is required (language en-US).", result.Errors[1].Message.Get("en-US"));
    }

    [Fact]
    public async Task PublishAsync_RegexAndMaxLength_FailWithConfiguredMessages()
    {
        var item = Items.Page(FixtureKeys.Home, ("fr-FR", "Page"));
        item.Cultures["fr-FR"].Values["title"] = Items.Json(new string('x', 121));
        item.InvariantValues["reference"] = Items.Json("abc");
        await _host.Content.SaveAsync(item);

        var result = await _host.Content.PublishAsync(item.Key, ["fr-FR"]);

        var maxLength = Assert.Single(result.Errors, e => e.Code == "maxLength");
        Assert.Contains("120", maxLength.Message.Get("fr-FR"), StringComparison.Ordinal);
        var regex = Assert.Single(result.Errors, e => e.Code == "regex");
        Assert.Equal("Format attendu : ABC-12.", regex.Message.Get("fr-FR"));
        Assert.Equal("Expected format: ABC-12.", regex.Message.Get("en-US"));
    }

    [Fact]
    public async Task PublishAsync_UnderUnpublishedParent_Fails()
    {
        var child = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Draft, ("fr-FR", "Enfant")))).Value!;

        var result = await _host.Content.PublishAsync(child.Key, ["fr-FR"]);

        Assert.Equal("parentNotPublished", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task PublishAsync_RaisesNotificationsInOrder_EvenWhenAHandlerThrows()
    {
        var item = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Notifiée")))).Value!;

        var result = await _host.Content.PublishAsync(item.Key, ["fr-FR"]);

        // ThrowingHandler is registered first and fails; the write stands and the next handler still runs.
        Assert.True(result.Success);
        Assert.NotNull(_host.Current.GetById(item.Key));
        Assert.Contains(_log.Entries, e => e == $"published {item.Key} fr-FR");
        Assert.Contains(_log.Entries, e => e == $"saved {item.Key}");
    }

    [Fact]
    public async Task PublishAsync_SaveAndPublish_WriteVersionRowsWithWholeDocument()
    {
        var item = (await _host.Content.SaveAsync(Items.Page(FixtureKeys.Home, ("fr-FR", "Versionnée")))).Value!;
        await _host.Content.PublishAsync(item.Key, ["fr-FR"], performingUser: "editor@example.org");

        await using var db = _host.Services.GetRequiredService<CmsDbContextFactory>().Create();
        var versions = await db.ContentVersions.Where(v => v.NodeKey == item.Key).OrderBy(v => v.Id).ToListAsync();

        Assert.Equal(["save", "publish"], versions.Select(v => v.Action));
        Assert.Equal("editor@example.org", versions[1].PerformingUser);
        Assert.Equal("fr-FR", versions[1].Cultures);
        using var document = JsonDocument.Parse(versions[1].Document);
        var fr = document.RootElement.GetProperty("cultures").GetProperty("fr-FR");
        Assert.Equal("Versionnée", fr.GetProperty("values").GetProperty("title").GetString());
        Assert.True(fr.GetProperty("isPublished").GetBoolean());
    }

    [Fact]
    public async Task PublishAsync_WritesOneCacheInstructionPerWrite()
    {
        await using var db = _host.Services.GetRequiredService<CmsDbContextFactory>().Create();
        var before = await db.CacheInstructions.CountAsync();

        await _host.Content.UnpublishAsync(FixtureKeys.About, ["en-US"]);
        await _host.Content.PublishAsync(FixtureKeys.About, ["en-US"]);

        var rows = await db.CacheInstructions.OrderByDescending(c => c.Id).Take(2).ToListAsync();
        Assert.Equal(before + 2, await db.CacheInstructions.CountAsync());
        Assert.All(rows, r => Assert.Contains(FixtureKeys.About.ToString(), r.Instructions, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task UnpublishAsync_English_KeepsFrench()
    {
        var result = await _host.Content.UnpublishAsync(FixtureKeys.WhyJoin, ["en-US"]);

        Assert.True(result.Success);
        var node = _host.Current.GetById(FixtureKeys.WhyJoin)!;
        Assert.False(node.IsPublishedIn("en-US"));
        Assert.True(node.IsPublishedIn("fr-FR"));
        Assert.Null(_host.Current.GetByRoute("en-US", "/why-join/"));
    }

    [Fact]
    public async Task UnpublishAsync_French_UnpublishesEveryCultureAndHidesDescendants()
    {
        var result = await _host.Content.UnpublishAsync(FixtureKeys.WhyJoin, ["fr-FR"]);

        Assert.True(result.Success);
        Assert.Null(_host.Current.GetById(FixtureKeys.WhyJoin));
        Assert.Null(_host.Current.GetById(FixtureKeys.Benefits));
        Assert.Null(_host.Current.GetByRoute("fr-FR", "/pourquoi-adherer/les-avantages/"));
        var stored = (await _host.Content.GetByIdAsync(FixtureKeys.WhyJoin))!;
        Assert.False(stored.IsPublished("fr-FR"));
        Assert.False(stored.IsPublished("en-US"));
    }

    [Fact]
    public async Task PublishAsync_ParentRepublished_BringsBackDescendants()
    {
        await _host.Content.UnpublishAsync(FixtureKeys.WhyJoin, ["fr-FR"]);

        await _host.Content.PublishAsync(FixtureKeys.WhyJoin, ["fr-FR"]);

        Assert.NotNull(_host.Current.GetByRoute("fr-FR", "/pourquoi-adherer/les-avantages/"));
        Assert.Null(_host.Current.GetByRoute("en-US", "/why-join/"));
    }

    [Fact]
    public async Task PublishAsync_RenamedParent_ChangesDescendantRoutes()
    {
        var why = (await _host.Content.GetByIdAsync(FixtureKeys.WhyJoin))!;
        why.Cultures["fr-FR"].Name = "Adhérer";
        await _host.Content.SaveAsync(why);
        Assert.NotNull(_host.Current.GetByRoute("fr-FR", "/pourquoi-adherer/les-avantages/"));

        await _host.Content.PublishAsync(FixtureKeys.WhyJoin, ["fr-FR"]);

        Assert.Null(_host.Current.GetByRoute("fr-FR", "/pourquoi-adherer/les-avantages/"));
        Assert.Equal(FixtureKeys.Benefits, _host.Current.GetByRoute("fr-FR", "/adherer/les-avantages/")!.Key);
        Assert.Equal("/en/why-join/", _host.Urls.GetUrl(_host.Current, _host.Current.GetById(FixtureKeys.WhyJoin)!, "en-US"));
    }

    [Fact]
    public async Task MoveAsync_Subtree_RecomputesLevelPathAndRoutes()
    {
        var result = await _host.Content.MoveAsync(FixtureKeys.WhyJoin, FixtureKeys.About);

        Assert.True(result.Success);
        Assert.Equal(FixtureKeys.Benefits, _host.Current.GetByRoute("fr-FR", "/a-propos/pourquoi-adherer/les-avantages/")!.Key);
        Assert.Null(_host.Current.GetByRoute("fr-FR", "/pourquoi-adherer/"));
        var benefits = (await _host.Content.GetByIdAsync(FixtureKeys.Benefits))!;
        Assert.Equal(4, benefits.Level);
        Assert.Equal($"{FixtureKeys.Home:D},{FixtureKeys.About:D},{FixtureKeys.WhyJoin:D},{FixtureKeys.Benefits:D}", benefits.Path);
        Assert.Equal([FixtureKeys.WhyJoin, FixtureKeys.About, FixtureKeys.Home], _host.Current.GetAncestors(FixtureKeys.Benefits).Select(a => a.Key));
    }

    [Fact]
    public async Task MoveAsync_UnderItsOwnDescendant_IsRefused()
    {
        var result = await _host.Content.MoveAsync(FixtureKeys.WhyJoin, FixtureKeys.Benefits);

        Assert.Equal("moveUnderItself", Assert.Single(result.Errors).Code);
        Assert.Equal(FixtureKeys.Home, (await _host.Content.GetByIdAsync(FixtureKeys.WhyJoin))!.ParentKey);
    }

    [Fact]
    public async Task MoveAsync_UnderTypeThatDoesNotAllowIt_IsRefused()
    {
        var result = await _host.Content.MoveAsync(FixtureKeys.About, FixtureKeys.NewsList);

        Assert.Equal("notAllowedUnder", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task SortAsync_Children_ReordersSnapshotChildren()
    {
        var result = await _host.Content.SortAsync(FixtureKeys.Home, [FixtureKeys.NewsList, FixtureKeys.WhyJoin]);

        Assert.True(result.Success);
        Assert.Equal([FixtureKeys.NewsList, FixtureKeys.WhyJoin, FixtureKeys.About], _host.Current.GetChildren(FixtureKeys.Home).Select(c => c.Key));
        Assert.Equal([FixtureKeys.NewsList, FixtureKeys.WhyJoin, FixtureKeys.About, FixtureKeys.Draft], (await _host.Content.GetChildrenAsync(FixtureKeys.Home)).Select(c => c.Key));
    }

    [Fact]
    public async Task TrashAsync_Subtree_LeavesSnapshotAndChildrenList()
    {
        var result = await _host.Content.TrashAsync(FixtureKeys.WhyJoin);

        Assert.True(result.Success);
        Assert.Null(_host.Current.GetById(FixtureKeys.WhyJoin));
        Assert.Null(_host.Current.GetById(FixtureKeys.Benefits));
        Assert.DoesNotContain(await _host.Content.GetChildrenAsync(FixtureKeys.Home), c => c.Key == FixtureKeys.WhyJoin);
        var stored = (await _host.Content.GetByIdAsync(FixtureKeys.Benefits))!;
        Assert.True(stored.Trashed);
        Assert.False(stored.IsPublished("fr-FR"));
        Assert.Equal("trashed", Assert.Single((await _host.Content.PublishAsync(FixtureKeys.WhyJoin, ["fr-FR"])).Errors).Code);
    }

    [Fact]
    public async Task DeleteAsync_Subtree_RemovesRows()
    {
        var result = await _host.Content.DeleteAsync(FixtureKeys.WhyJoin);

        Assert.True(result.Success);
        Assert.Null(await _host.Content.GetByIdAsync(FixtureKeys.WhyJoin));
        Assert.Null(await _host.Content.GetByIdAsync(FixtureKeys.Benefits));
        Assert.Null(_host.Current.GetById(FixtureKeys.Benefits));
        Assert.Equal("notFound", Assert.Single((await _host.Content.DeleteAsync(FixtureKeys.WhyJoin)).Errors).Code);
    }

    /// <summary>Records notifications (registered after <see cref="ThrowingHandler"/>).</summary>
    public sealed class NotificationLog : INotificationHandler<ContentPublishedNotification>, INotificationHandler<ContentSavedNotification>
    {
        public List<string> Entries { get; } = [];

        public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken)
        {
            Entries.Add($"published {notification.Key} {string.Join(',', notification.Cultures)}");
            return Task.CompletedTask;
        }

        public Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
        {
            Entries.Add($"saved {notification.Key}");
            return Task.CompletedTask;
        }
    }

    public sealed class ThrowingHandler : INotificationHandler<ContentPublishedNotification>
    {
        public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("handler failure (expected by the test)");
    }
}
