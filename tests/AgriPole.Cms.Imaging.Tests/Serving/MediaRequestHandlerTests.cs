using System.Net;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace AgriPole.Cms.Imaging.Tests.Serving;

public sealed class MediaRequestHandlerTests : IDisposable
{
    private readonly MediaApplicationFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_SeededLogo_ServesOriginalWithImmutableCachingAndNosniff()
    {
        var client = _factory.CreateClient();
        var logo = SeededImage();

        using var response = await client.GetAsync(logo.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(logo.Bytes, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Get_WidthAndWebp_ReturnsWebpRenditionOfThatWidth()
    {
        var item = await UploadAsync(TestImages.Jpeg(2400, 1600), "photo.jpg");

        using var response = await _factory.CreateClient().GetAsync(item.Url + "?width=800&format=webp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(800, info.Width);
        Assert.Equal(533, info.Height);
    }

    [Fact]
    public async Task Get_WithMatchingETag_Returns304()
    {
        var item = await UploadAsync(TestImages.Jpeg(600, 400), "photo.jpg");
        var client = _factory.CreateClient();
        using var first = await client.GetAsync(item.Url + "?width=300");
        using var request = new HttpRequestMessage(HttpMethod.Get, item.Url + "?width=300");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_CachedRendition_IsServedFromDiskWithoutTheSource()
    {
        var item = await UploadAsync(TestImages.Png(600, 400), "logo.png");
        var client = _factory.CreateClient();
        using var first = await client.GetAsync(item.Url + "?width=200&height=200");
        var renditionBytes = await first.Content.ReadAsByteArrayAsync();

        // Gone from disk: only a rendition that needs no decode can still be served.
        File.Delete(_factory.Services.GetRequiredService<IMediaFileStore>().GetPhysicalPath(item.Url![7..])!);
        using var second = await client.GetAsync(item.Url + "?height=200&width=200&v=other");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(renditionBytes, await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_CachedRenditionAgain_SentFromMemoryWithTheSameHeaders_PurgeDropsIt()
    {
        var item = await UploadAsync(TestImages.Png(600, 400), "memory.png");
        var client = _factory.CreateClient();
        using var first = await client.GetAsync(item.Url + "?width=200");
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var file = Assert.Single(RenditionFiles(item.Key));
        Assert.Equal("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox", first.Headers.GetValues("Content-Security-Policy").Single());

        // The disk copy gone: a hit from memory still answers, with the same bytes, ETag and headers.
        File.Delete(file);
        using var second = await client.GetAsync(item.Url + "?width=200");
        using var range = new HttpRequestMessage(HttpMethod.Get, item.Url + "?width=200");
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 9);
        using var partial = await client.SendAsync(range);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("image/png", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", second.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", second.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[..10], await partial.Content.ReadAsByteArrayAsync());
        Assert.False(File.Exists(file));

        // A purge (the file replaced or deleted) drops the memory copy too: the next request renders to disk again.
        _factory.Services.GetRequiredService<AgriPole.Cms.Imaging.Renditions.RenditionCache>().Purge(item.Key, keepVersion: null);
        using var third = await client.GetAsync(item.Url + "?width=200");

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.True(File.Exists(file));
    }

    [Theory]
    [InlineData("AgriPole:Imaging:RenditionMemoryCacheMegabytes", "0")]
    [InlineData("AgriPole:Imaging:RenditionMemoryEntryKilobytes", "1")]
    public async Task Get_CachedRenditionNotKeptInMemory_SentFromDisk(string setting, string value)
    {
        _factory.Settings[setting] = value;
        var item = await UploadAsync(TestImages.Jpeg(600, 400), "disk.jpg");
        var client = _factory.CreateClient();
        using var first = await client.GetAsync(item.Url + "?width=300");
        var file = Assert.Single(RenditionFiles(item.Key));

        File.Delete(file);
        using var second = await client.GetAsync(item.Url + "?width=300");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(File.Exists(file)); // rendered again: nothing answered from memory
    }

    [Theory]
    [InlineData("width=100000")]
    [InlineData("width=-5")]
    [InlineData("height=0")]
    [InlineData("format=tiff")]
    [InlineData("quality=1000")]
    [InlineData("rmode=zoom")]
    [InlineData("rxy=5,5")]
    [InlineData("cc=0.9,0,0.9,0")]
    [InlineData("crop=unknown")]
    [InlineData("width=10&width=20")]
    public async Task Get_BadParameters_Returns400ProblemDetails(string query)
    {
        var logo = SeededImage();

        using var response = await _factory.CreateClient().GetAsync(logo.Url + "?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crop=logo", 320, 160)]
    [InlineData("crop=thumbnail&width=800", 800, 600)]
    [InlineData("crop=hero&height=300", 800, 300)]
    [InlineData("width=100&height=100&rmode=pad", 100, 100)]
    [InlineData("width=100&height=100&rmode=max", 100, 67)]
    public async Task Get_CropOrMode_ReturnsExpectedSize(string query, int width, int height)
    {
        var item = await UploadAsync(TestImages.Jpeg(1800, 1200), "photo.jpg");

        using var response = await _factory.CreateClient().GetAsync(item.Url + "?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((width, height), (info.Width, info.Height));
    }

    [Fact]
    public async Task Get_CropWithItemFocalPoint_KeepsTheFocalPointInTheCrop()
    {
        var item = await UploadAsync(TestImages.PngWithDot(1200, 800, 0.85, 0.5), "dot.png");
        var media = _factory.Services.GetRequiredService<IMediaService>();
        await media.SetFocalPointAsync(item.Key, new Core.Models.FocalPoint(0.85, 0.5));
        var client = _factory.CreateClient();

        using var focused = await client.GetAsync(item.Url + "?width=400&height=400&format=png");
        using var centred = await client.GetAsync(item.Url + "?width=400&height=400&format=png&ranchor=left");

        Assert.True(HasRed(await focused.Content.ReadAsByteArrayAsync()));
        Assert.False(HasRed(await centred.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Get_NamedCropWithStoredCoordinates_RendersThatAreaAndGeneratedUrlsCarryThem()
    {
        // A red dot near the top-left corner, outside the centred thumbnail crop (x 67..1133 of 1200).
        var item = await UploadAsync(TestImages.PngWithDot(1200, 800, 0.03, 0.1), "coin.png");
        var client = _factory.CreateClient();
        using var centred = await client.GetAsync(item.Url + "?crop=thumbnail&format=png");
        Assert.False(HasRed(await centred.Content.ReadAsByteArrayAsync()));

        // Keep the top-left 360×270 px (4:3 like the thumbnail): trim 70 % from the right and 66.25 % from the bottom.
        var media = _factory.Services.GetRequiredService<IMediaService>();
        var saved = await media.SetCropsAsync(item.Key, [new Core.Models.ImageCrop("thumbnail", 400, 300, new Core.Models.CropCoordinates(0, 0, 0.7, 0.6625))]);
        Assert.True(saved.Success);
        var url = _factory.Services.GetRequiredService<IImageUrlGenerator>()
            .GetUrl(saved.Value!, new ImageUrlOptions { CropAlias = "thumbnail", Width = 400, Format = "png" });

        using var byAlias = await client.GetAsync(saved.Value!.Url + "?crop=thumbnail&format=png");
        using var generated = await client.GetAsync(url);

        Assert.Contains("cc=0,0,0.7,0.6625", url, StringComparison.Ordinal);
        foreach (var response in new[] { byAlias, generated })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var image = Image.Load<SixLabors.ImageSharp.PixelFormats.Rgba32>(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal((400, 300), (image.Width, image.Height));

            // The dot's centre (36, 80) in the source lands at (40, 89) once the 360×270 area is scaled to 400×300.
            var p = image[40, 89];
            Assert.True(p.R > 200 && p.G < 60 && p.B < 60, $"pixel {p}");
        }
    }

    [Theory]
    [InlineData("/media/../../appsettings.json")]
    [InlineData("/media/..%2F..%2Fappsettings.json")]
    [InlineData("/media/ab/0000000000000000000000000000000.jpg")]
    [InlineData("/media/")]
    public async Task Get_UnknownOrTraversalPath_Returns404(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ReplacedFile_OldUrlGoneAndNewRenditionDiffers()
    {
        var item = await UploadAsync(TestImages.Jpeg(600, 400, new SixLabors.ImageSharp.PixelFormats.Rgba32(255, 0, 0)), "a.jpg");
        var client = _factory.CreateClient();
        using var before = await client.GetAsync(item.Url + "?width=100");
        var cacheRoot = _factory.Services.GetRequiredService<ImagingPaths>().CacheRoot;
        var itemCache = Path.Combine(cacheRoot, item.Key.ToString("N"));
        var oldVersionFolder = Assert.Single(Directory.GetDirectories(itemCache));

        var replaced = await _factory.Services.GetRequiredService<IMediaService>()
            .ReplaceFileAsync(item.Key, new MemoryStream(TestImages.Jpeg(600, 400, new SixLabors.ImageSharp.PixelFormats.Rgba32(0, 0, 255))), "b.jpg");
        using var oldUrl = await client.GetAsync(item.Url + "?width=100");
        using var after = await client.GetAsync(replaced.Value!.Url + "?width=100");

        Assert.True(replaced.Success);
        Assert.NotEqual(item.Version, replaced.Value.Version);
        Assert.Equal(HttpStatusCode.NotFound, oldUrl.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.False(Directory.Exists(oldVersionFolder));
    }

    [Fact]
    public async Task Get_AllDecodeSlotsBusy_Returns503WithRetryAfterThenRecovers()
    {
        _factory.Settings["AgriPole:Imaging:MaxConcurrentDecodes"] = "1";
        _factory.Settings["AgriPole:Imaging:DecodeQueueTimeout"] = "00:00:00.050";
        var item = await UploadAsync(TestImages.Jpeg(600, 400), "busy.jpg");
        var gate = _factory.Services.GetRequiredService<Imaging.Processing.ImageDecodeGate>();
        var release = new TaskCompletionSource<bool>();
        var holding = gate.RunAsync(_ => release.Task, TimeSpan.FromSeconds(5), CancellationToken.None);
        var client = _factory.CreateClient();

        using var busy = await client.GetAsync(item.Url + "?width=120");
        release.SetResult(true);
        await holding;
        using var recovered = await client.GetAsync(item.Url + "?width=120");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Get_TrashedItem_Returns404()
    {
        var item = await UploadAsync(TestImages.Png(100, 100), "gone.png");
        await _factory.Services.GetRequiredService<IMediaService>().TrashAsync(item.Key);

        using var response = await _factory.CreateClient().GetAsync(item.Url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string[] RenditionFiles(Guid key)
    {
        var folder = Path.Combine(_factory.Services.GetRequiredService<ImagingPaths>().CacheRoot, key.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    private Core.Models.MediaItem SeededImage() =>
        _factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia.First(m => m.MediaTypeAlias == "Image" && m.Url is not null);

    private async Task<Core.Models.MediaItem> UploadAsync(byte[] bytes, string fileName)
    {
        var result = await _factory.Services.GetRequiredService<IMediaService>().UploadAsync(new MemoryStream(bytes), fileName, null);
        Assert.True(result.Success, result.Errors.Count > 0 ? result.Errors[0].Code : null);
        return result.Value!;
    }

    private static bool HasRed(byte[] png)
    {
        using var image = Image.Load<SixLabors.ImageSharp.PixelFormats.Rgba32>(png);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var p = image[x, y];
                if (p.R > 200 && p.G < 60 && p.B < 60)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
