using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Imaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.Imaging.Tests.Media;

/// <summary>The media service on the real app and a real temporary SQLite database.</summary>
public sealed class MediaServiceTests : IDisposable
{
    private readonly MediaApplicationFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private IMediaService Media => _factory.Services.GetRequiredService<IMediaService>();

    private IPublishedSnapshot Snapshot => _factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;

    [Fact]
    public async Task UploadAsync_IntoNewFolder_StoresFactsAndPublishesToSnapshot()
    {
        var folder = await Media.CreateFolderAsync("Salon 2026", null);

        var upload = await Media.UploadAsync(new MemoryStream(TestImages.Png(320, 160)), "Logo coop.png", folder.Value!.Key);

        Assert.True(upload.Success);
        var item = Snapshot.GetMedia(upload.Value!.Key)!;
        Assert.Equal(folder.Value.Key, item.ParentKey);
        Assert.Equal(2, item.Level);
        Assert.Equal("Logo coop", item.Name);
        Assert.Equal((320, 160, "png"), (item.Width!.Value, item.Height!.Value, item.Extension!));
        Assert.False(string.IsNullOrEmpty(item.Version));
        Assert.Contains(item, Snapshot.GetMediaChildren(folder.Value.Key));
        Assert.Contains(item.Key, _factory.Notifications.Keys);
    }

    [Fact]
    public async Task UploadAsync_InvalidFile_StoresNothing()
    {
        var mediaRoot = _factory.Services.GetRequiredService<IMediaFileStore>().RootPath;
        var filesBefore = Directory.Exists(mediaRoot) ? Directory.GetFiles(mediaRoot, "*", SearchOption.AllDirectories).Length : 0;
        var countBefore = Snapshot.AllMedia.Count();

        var result = await Media.UploadAsync(new MemoryStream(TestImages.SvgWithScript()), "logo.svg", null);

        Assert.False(result.Success);
        Assert.Equal(MediaUploadErrorCodes.SvgRefused, result.Errors[0].Code);
        Assert.Equal(countBefore, Snapshot.AllMedia.Count());
        Assert.Equal(filesBefore, Directory.GetFiles(mediaRoot, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task UploadAsync_UnderAnImage_FailsAndRemovesTheStoredFile()
    {
        var image = await Media.UploadAsync(new MemoryStream(TestImages.Png(10, 10)), "a.png", null);
        var store = _factory.Services.GetRequiredService<IMediaFileStore>();
        var filesBefore = Directory.GetFiles(store.RootPath, "*", SearchOption.AllDirectories).Length;

        var result = await Media.UploadAsync(new MemoryStream(TestImages.Png(10, 10)), "b.png", image.Value!.Key);

        Assert.False(result.Success);
        Assert.Equal(filesBefore, Directory.GetFiles(store.RootPath, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task ReplaceFileAsync_NewFile_NewVersionUrlAndSizeOldFileDeleted()
    {
        var store = _factory.Services.GetRequiredService<IMediaFileStore>();
        var original = (await Media.UploadAsync(new MemoryStream(TestImages.Jpeg(300, 200)), "a.jpg", null)).Value!;

        var replaced = await Media.ReplaceFileAsync(original.Key, new MemoryStream(TestImages.Jpeg(400, 100)), "b.jpg");

        Assert.True(replaced.Success);
        Assert.NotEqual(original.Version, replaced.Value!.Version);
        Assert.NotEqual(original.Url, replaced.Value.Url);
        Assert.Equal((400, 100), (replaced.Value.Width!.Value, replaced.Value.Height!.Value));
        Assert.False(File.Exists(store.GetPhysicalPath(original.StoragePath!)));
        Assert.Equal(replaced.Value.Version, Snapshot.GetMedia(original.Key)!.Version);
    }

    [Fact]
    public async Task ReplaceFileAsync_ImageWithDocument_Fails()
    {
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Jpeg(30, 20)), "a.jpg", null)).Value!;

        var result = await Media.ReplaceFileAsync(image.Key, new MemoryStream(TestImages.Docx()), "statuts.docx");

        Assert.False(result.Success);
        Assert.Equal(image.Version, Snapshot.GetMedia(image.Key)!.Version);
    }

    [Theory]
    [InlineData(1.5, 0.5)]
    [InlineData(-0.1, 0.5)]
    [InlineData(double.NaN, 0.5)]
    public async Task SetFocalPointAsync_OutOfRange_FailsAndKeepsTheOldOne(double left, double top)
    {
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Jpeg(30, 20)), "a.jpg", null)).Value!;
        await Media.SetFocalPointAsync(image.Key, new FocalPoint(0.3, 0.3));

        var result = await Media.SetFocalPointAsync(image.Key, new FocalPoint(left, top));

        Assert.False(result.Success);
        Assert.Equal(new FocalPoint(0.3, 0.3), Snapshot.GetMedia(image.Key)!.FocalPoint);
    }

    [Fact]
    public async Task SetCropsAsync_ValidThenDuplicate_KeepsValidCrops()
    {
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Jpeg(30, 20)), "a.jpg", null)).Value!;
        ImageCrop[] crops = [new("logo", 320, 160, new CropCoordinates(0.1, 0, 0.1, 0.2)), new("thumbnail", 400, 300, null)];

        var ok = await Media.SetCropsAsync(image.Key, crops);
        var duplicate = await Media.SetCropsAsync(image.Key, [new("logo", 10, 10, null), new("LOGO", 10, 10, null)]);
        var nothingLeft = await Media.SetCropsAsync(image.Key, [new("bad", 10, 10, new CropCoordinates(0.6, 0, 0.5, 0))]);

        Assert.True(ok.Success);
        Assert.False(duplicate.Success);
        Assert.False(nothingLeft.Success);
        Assert.Equal(crops, Snapshot.GetMedia(image.Key)!.Crops);
    }

    [Fact]
    public async Task SetAltTextAsync_KnownAndUnknownCulture_OnlyKnownAccepted()
    {
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Jpeg(30, 20)), "a.jpg", null)).Value!;

        var ok = await Media.SetAltTextAsync(image.Key, new Dictionary<string, string?> { ["fr-FR"] = "Logo de la coopérative", ["en-US"] = "Cooperative logo" });
        var bad = await Media.SetAltTextAsync(image.Key, new Dictionary<string, string?> { ["xx-XX"] = "?" });

        Assert.True(ok.Success);
        Assert.False(bad.Success);
        Assert.Equal("Cooperative logo", Snapshot.GetMedia(image.Key)!.AltText["en-US"]);
    }

    [Fact]
    public async Task RenameAsync_BlankOrControlCharacters_Fails()
    {
        var folder = (await Media.CreateFolderAsync("Dossier", null)).Value!;

        Assert.False((await Media.RenameAsync(folder.Key, "   ")).Success);
        Assert.False((await Media.RenameAsync(folder.Key, "a\u0000b")).Success);
        Assert.True((await Media.RenameAsync(folder.Key, "Photos 2026")).Success);
        Assert.Equal("Photos 2026", Snapshot.GetMedia(folder.Key)!.Name);
    }

    [Fact]
    public async Task MoveAsync_FolderWithChildren_UpdatesLevelsAndRefusesMovingUnderItself()
    {
        var a = (await Media.CreateFolderAsync("A", null)).Value!;
        var b = (await Media.CreateFolderAsync("B", a.Key)).Value!;
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Png(10, 10)), "i.png", b.Key)).Value!;
        var target = (await Media.CreateFolderAsync("Target", null)).Value!;

        var underItself = await Media.MoveAsync(a.Key, b.Key);
        var moved = await Media.MoveAsync(b.Key, target.Key);

        Assert.False(underItself.Success);
        Assert.True(moved.Success);
        Assert.Equal(target.Key, Snapshot.GetMedia(b.Key)!.ParentKey);
        Assert.Equal(3, Snapshot.GetMedia(image.Key)!.Level);
        Assert.StartsWith(target.Key.ToString("D"), Snapshot.GetMedia(image.Key)!.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrashAndRestore_FolderWithImage_HiddenThenBack()
    {
        var folder = (await Media.CreateFolderAsync("Archive", null)).Value!;
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Png(10, 10)), "i.png", folder.Key)).Value!;

        Assert.True((await Media.TrashAsync(folder.Key)).Success);
        Assert.Null(Snapshot.GetMedia(image.Key));
        Assert.Contains(await Media.GetTrashedAsync(), m => m.Key == folder.Key);
        Assert.DoesNotContain(await Media.GetTrashedAsync(), m => m.Key == image.Key);

        Assert.True((await Media.RestoreAsync(folder.Key)).Success);
        Assert.NotNull(Snapshot.GetMedia(image.Key));
        Assert.False((await Media.RestoreAsync(folder.Key)).Success);
    }

    [Fact]
    public async Task DeleteAsync_ItemNotInRecycleBin_FailsAndKeepsIt()
    {
        var upload = await Media.UploadAsync(new MemoryStream(TestImages.Png(40, 40)), "garde.png", null);

        var result = await Media.DeleteAsync(upload.Value!.Key);

        Assert.False(result.Success);
        Assert.NotNull(await Media.GetByIdAsync(upload.Value.Key));
    }

    [Fact]
    public async Task DeleteAsync_TrashedFolder_RemovesSubtreeRowsFilesAndSnapshotEntries()
    {
        var folder = (await Media.CreateFolderAsync("Archives", null)).Value!;
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Png(40, 40)), "vieux.png", folder.Key)).Value!;
        var store = _factory.Services.GetRequiredService<IMediaFileStore>();
        var file = store.GetPhysicalPath(image.StoragePath!)!;
        await Media.TrashAsync(folder.Key);

        var result = await Media.DeleteAsync(folder.Key);

        Assert.True(result.Success);
        Assert.Null(await Media.GetByIdAsync(folder.Key));
        Assert.Null(await Media.GetByIdAsync(image.Key));
        Assert.Null(Snapshot.GetMedia(image.Key));
        Assert.False(File.Exists(file));
        Assert.Contains(image.Key, _factory.Notifications.Keys);
    }

    [Fact]
    public async Task EmptyRecycleBinAsync_EmptyThenTwoItems_SucceedsAndLeavesOthers()
    {
        Assert.True((await Media.EmptyRecycleBinAsync()).Success);
        var keep = (await Media.UploadAsync(new MemoryStream(TestImages.Png(20, 20)), "reste.png", null)).Value!;
        var a = (await Media.UploadAsync(new MemoryStream(TestImages.Png(20, 20)), "a.png", null)).Value!;
        var b = (await Media.CreateFolderAsync("b", null)).Value!;
        await Media.TrashAsync(a.Key);
        await Media.TrashAsync(b.Key);

        var result = await Media.EmptyRecycleBinAsync();

        Assert.True(result.Success);
        Assert.Empty(await Media.GetTrashedAsync());
        Assert.Null(await Media.GetByIdAsync(a.Key));
        Assert.NotNull(await Media.GetByIdAsync(keep.Key));
    }

    [Fact]
    public async Task GetReferencesAsync_SeededLogoFolder_FindsTheMembersPickingItsLogos()
    {
        var logos = Snapshot.AllMedia.First(m => m.MediaTypeAlias == "Folder" && Snapshot.GetMediaChildren(m.Key).Any(c => c.MediaTypeAlias == "Image"));
        var logo = Snapshot.GetMediaChildren(logos.Key).First(c => c.MediaTypeAlias == "Image");

        var folderReferences = await Media.GetReferencesAsync(logos.Key);
        var logoReferences = await Media.GetReferencesAsync(logo.Key);
        var unused = await Media.GetReferencesAsync((await Media.CreateFolderAsync("Vide", null)).Value!.Key);

        Assert.NotEmpty(logoReferences);
        Assert.All(logoReferences, r => Assert.Equal(logo.Key, r.MediaKey));
        Assert.All(logoReferences, r => Assert.Equal("member", Snapshot.GetById(r.ContentKey)?.ContentType.Alias));
        Assert.Superset(logoReferences.Select(r => r.ContentKey).ToHashSet(), folderReferences.Select(r => r.ContentKey).ToHashSet());
        Assert.Empty(unused);
    }

    [Fact]
    public async Task RestoreAsync_ParentStillTrashed_RestoresToRoot()
    {
        var folder = (await Media.CreateFolderAsync("Old", null)).Value!;
        var image = (await Media.UploadAsync(new MemoryStream(TestImages.Png(10, 10)), "i.png", folder.Key)).Value!;
        await Media.TrashAsync(image.Key);
        await Media.TrashAsync(folder.Key);

        var restored = await Media.RestoreAsync(image.Key);

        Assert.True(restored.Success);
        var item = Snapshot.GetMedia(image.Key)!;
        Assert.Null(item.ParentKey);
        Assert.Equal(1, item.Level);
    }
}
