using AgriPole.Cms.Core.Tests.Support;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace AgriPole.Cms.Core.Tests.Persistence.Seeding;

public sealed class CmsSeederTests : IAsyncLifetime
{
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Initialize_EmptyDatabase_PublishesOnlyCulturesMarkedPublished()
    {
        var snapshot = _host.Current;

        Assert.Equal(6, snapshot.ContentCount);
        Assert.Equal(FixtureKeys.Home, Assert.Single(snapshot.Roots).Key);
        Assert.Equal(["fr-FR"], snapshot.GetById(FixtureKeys.Benefits)!.Cultures.Keys);
        Assert.Null(snapshot.GetById(FixtureKeys.Draft));
        Assert.Equal([FixtureKeys.About, FixtureKeys.WhyJoin, FixtureKeys.NewsList], snapshot.GetChildren(FixtureKeys.Home).Select(c => c.Key));
    }

    [Fact]
    public async Task SeedAsync_AgainAfterEdits_AddsNothingAndKeepsEdits()
    {
        var about = (await _host.Content.GetByIdAsync(FixtureKeys.About))!;
        about.Cultures["fr-FR"].Values["title"] = Items.Json("Modifié par un éditeur");
        await _host.Content.SaveAsync(about);

        var added = await _host.Seeder.SeedAsync();

        Assert.Equal((0, 0), added);
        Assert.Equal("Modifié par un éditeur", (await _host.Content.GetByIdAsync(FixtureKeys.About))!.Cultures["fr-FR"].Values["title"].GetString());
    }

    [Fact]
    public async Task SeedAsync_OneItemDeleted_AddsOnlyThatKey()
    {
        await _host.Content.DeleteAsync(FixtureKeys.NewsItem);

        var added = await _host.Seeder.SeedAsync();

        Assert.Equal((0, 1), added);
        Assert.NotNull(await _host.Content.GetByIdAsync(FixtureKeys.NewsItem));
    }

    [Fact]
    public void Seed_PlaceholderLogo_GeneratesPngUnderDataFolder()
    {
        var logo = _host.Current.GetMedia(FixtureKeys.Logo)!;

        Assert.NotNull(logo.Url);
        Assert.Matches("^/media/[0-9a-f]{10}/logo-exemple\\.png$", logo.Url);
        var file = Path.Combine(_host.DataFolder, "media", logo.StoragePath!);
        Assert.True(File.Exists(file));
        var info = Image.Identify(file);
        Assert.Equal((320, 160), (info.Width, info.Height));
        Assert.Equal((320, 160), (logo.Width, logo.Height));
        Assert.Equal(new FileInfo(file).Length, logo.Bytes);
        Assert.Equal("png", logo.Extension);
        Assert.Equal("Example logo", logo.AltText["en-US"]);
        Assert.Equal(0.5, logo.FocalPoint!.Left);
        Assert.Equal([FixtureKeys.Logo], _host.Current.GetMediaChildren(FixtureKeys.LogoFolder).Select(m => m.Key));
        Assert.Equal([FixtureKeys.LogoFolder, FixtureKeys.Logo], _host.Current.AllMedia.Select(m => m.Key));
    }

    [Fact]
    public async Task ImportDictionaryAsync_EditedItem_IsKeptAndMissingOnesAdded()
    {
        var factory = _host.Services.GetRequiredService<CmsDbContextFactory>();
        await using (var db = factory.Create())
        {
            await db.DictionaryItems.Where(d => d.ItemKey == "Nav.Search").ExecuteUpdateAsync(s => s.SetProperty(d => d.Values, "{\"fr-FR\":\"Chercher\",\"en-US\":\"Find\"}"));
            await db.DictionaryItems.Where(d => d.ItemKey == "Site.Name").ExecuteDeleteAsync();
        }

        var added = await _host.Seeder.ImportDictionaryAsync(((AgriPole.Cms.Core.Configuration.CmsDefinitions)_host.Definitions).DictionaryItems);
        await _host.Snapshots.RebuildAsync();

        Assert.Equal(1, added);
        Assert.Equal("Chercher", _host.Current.Dictionary["Nav.Search"].Values.Get("fr-FR"));
        Assert.Equal("Agri Sud-Ouest Innovation", _host.Current.Dictionary["site.name"].Values.Get("en-US"));
    }
}
