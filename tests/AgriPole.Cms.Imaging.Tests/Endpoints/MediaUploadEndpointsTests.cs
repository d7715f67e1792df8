using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Imaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace AgriPole.Cms.Imaging.Tests.Endpoints;

public sealed class MediaUploadEndpointsTests : IDisposable
{
    private const string Route = "/umbraco/backoffice/api/media";
    private readonly MediaApplicationFactory _factory = new();

    public MediaUploadEndpointsTests() => _factory.Settings["AgriPole:Imaging:MaxUploadBytes"] = "1000000";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_Anonymous_Returns401AndStoresNothing()
    {
        using var response = await _factory.CreateClient().PostAsync(Route, UploadRequests.Form(TestImages.Jpeg(100, 100), "a.jpg"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(_factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia, m => m.Name == "a");
    }

    [Fact]
    public async Task Post_ValidJpeg_Returns201WithFactsAndServesIt()
    {
        var client = _factory.CreateEditorClient();
        var bytes = TestImages.Jpeg(640, 480);

        var item = await UploadRequests.UploadAsync(client, bytes, "Visite du salon.jpg");

        Assert.Equal("Visite du salon", item.Name);
        Assert.Equal("Image", item.MediaTypeAlias);
        Assert.Equal((640, 480), (item.Width, item.Height));
        Assert.Equal("jpg", item.Extension);
        Assert.Matches("^/media/[0-9a-f]{2}/[0-9a-f]{32}\\.jpg$", item.Url);
        var served = await client.GetByteArrayAsync(item.Url);
        Assert.Equal(served.Length, item.Bytes);
        Assert.Equal((640, 480), (Image.Identify(served).Width, Image.Identify(served).Height));
        Assert.Contains(item.Key, _factory.Notifications.Keys);
    }

    [Fact]
    public async Task Post_PhotoWithGpsExif_ServedOriginalHasNoMetadata()
    {
        var client = _factory.CreateEditorClient();
        var bytes = TestImages.WithMetadata("jpeg", 300, 200);

        var item = await UploadRequests.UploadAsync(client, bytes, "terrain.jpg");

        var served = await client.GetByteArrayAsync(item.Url);
        Assert.DoesNotContain(TestImages.MetadataMarker, System.Text.Encoding.Latin1.GetString(served), StringComparison.Ordinal);
        using var image = Image.Load(served);
        Assert.Null(image.Metadata.ExifProfile);
        Assert.Null(image.Metadata.IccProfile);
        Assert.Equal((300, 200), (item.Width, item.Height));
        Assert.Equal(served.Length, item.Bytes);
    }

    [Fact]
    public async Task Post_PhonePhotoWithOrientation6_ItemAndRenditionAreUpright()
    {
        var client = _factory.CreateEditorClient();

        // Stored by the "camera" as 64 × 96, shown upright as 96 × 64 with red top-left.
        var item = await UploadRequests.UploadAsync(client, OrientationImages.Jpeg(6, 96, 64), "portable.jpg");

        Assert.Equal((96, 64), (item.Width, item.Height));
        var rendition = await client.GetByteArrayAsync(item.Url + "?width=48&format=png");
        using var image = Image.Load<SixLabors.ImageSharp.PixelFormats.Rgb24>(rendition);
        Assert.Equal((48, 32), (image.Width, image.Height));
        Assert.True(OrientationImages.Near(image[12, 8], OrientationImages.TopLeft), $"top-left is {image[12, 8]}");
        Assert.True(OrientationImages.Near(image[36, 24], OrientationImages.BottomRight), $"bottom-right is {image[36, 24]}");
    }

    [Theory]
    [InlineData("png-65535", "huge.png")]
    [InlineData("png-1x500000000", "strip.png")]
    [InlineData("png-0x0", "zero.png")]
    [InlineData("gif-10000", "anim.gif")]
    [InlineData("jpeg-truncated", "cut.jpg")]
    [InlineData("tiff", "scan.jpg")]
    [InlineData("svg", "logo.svg")]
    [InlineData("svg", "logo.jpg")]
    [InlineData("html", "page.jpg")]
    [InlineData("polyglot", "poly.jpg")]
    [InlineData("empty", "empty.jpg")]
    [InlineData("jpeg", "a.php%00.jpg")]
    [InlineData("jpeg", ".jpg.aspx")]
    [InlineData("jpeg", "../../appsettings.json")]
    public async Task Post_CraftedFile_Returns400ProblemAndTheAppKeepsServing(string sample, string fileName)
    {
        var client = _factory.CreateEditorClient();
        var before = _factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia.Count();

        using var response = await client.PostAsync(Route, UploadRequests.Form(Sample(sample), fileName));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("media.", problem.RootElement.GetProperty("errors")[0].GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, _factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.AllMedia.Count());
        var good = await UploadRequests.UploadAsync(client, TestImages.Png(50, 50), "after.png");
        using var rendition = await client.GetAsync(good.Url + "?width=20&format=webp");
        Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);
    }

    [Fact]
    public async Task Post_DeclaredTwoGigabyteBody_Returns413WithoutReadingIt()
    {
        using var content = new CountingContent(2L * 1024 * 1024 * 1024);

        // The test server's own client: the factory's default client buffers request bodies to replay redirects.
        _ = _factory.Services;
        using var client = _factory.Server.CreateClient();
        client.DefaultRequestHeaders.Add(MediaApplicationFactory.UserHeader, "editor@example.org");

        using var response = await client.PostAsync(Route, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(content.BytesWritten < 16 * 1024 * 1024, $"{content.BytesWritten} bytes were pulled from the client");
    }

    [Fact]
    public async Task Post_FileOverCapWithoutContentLength_Returns413()
    {
        var form = UploadRequests.Form([.. TestImages.Jpeg(16, 16), .. new byte[1_200_000]], "big.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = form };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _factory.CreateEditorClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Put_FocalPoint_UpdatesTheItem()
    {
        var client = _factory.CreateEditorClient();
        var item = await UploadRequests.UploadAsync(client, TestImages.Jpeg(300, 200), "fp.jpg");

        using var ok = await client.PutAsJsonAsync($"{Route}/{item.Key}/focal-point", new { left = 0.2, top = 0.7 });
        using var bad = await client.PutAsJsonAsync($"{Route}/{item.Key}/focal-point", new { left = 2.0, top = 0.7 });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var stored = _factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current.GetMedia(item.Key);
        Assert.Equal(new Core.Models.FocalPoint(0.2, 0.7), stored!.FocalPoint);
    }

    [Fact]
    public async Task Put_ReplaceFile_ReturnsNewVersionAndUrl()
    {
        var client = _factory.CreateEditorClient();
        var item = await UploadRequests.UploadAsync(client, TestImages.Jpeg(300, 200), "v1.jpg");

        using var response = await client.PutAsync($"{Route}/{item.Key}/file", UploadRequests.Form(TestImages.Jpeg(500, 250), "v2.jpg"));
        var replaced = await response.Content.ReadFromJsonAsync<Imaging.Endpoints.MediaItemResponse>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(item.Url, replaced!.Url);
        Assert.NotEqual(item.Version, replaced.Version);
        Assert.Equal((500, 250), (replaced.Width, replaced.Height));
    }

    [Fact]
    public async Task Put_ReplaceUnknownItem_Returns404()
    {
        using var response = await _factory.CreateEditorClient().PutAsync($"{Route}/{Guid.NewGuid()}/file", UploadRequests.Form(TestImages.Jpeg(30, 20), "x.jpg"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static byte[] Sample(string sample) => sample switch
    {
        "png-65535" => TestImages.PngHeaderOnly(65_535, 65_535),
        "png-1x500000000" => TestImages.PngHeaderOnly(1, 500_000_000),
        "png-0x0" => TestImages.PngHeaderOnly(0, 0),
        "gif-10000" => TestImages.GifFrames(10_000),
        "jpeg-truncated" => TestImages.TruncatedJpeg(),
        "tiff" => TestImages.Tiff(),
        "svg" => TestImages.SvgWithScript(),
        "html" => TestImages.Html(),
        "polyglot" => TestImages.JpegHtmlPolyglot(),
        "jpeg" => TestImages.Jpeg(64, 64),
        _ => [],
    };

    /// <summary>A multipart-looking body that declares a length and counts how much of it the server pulls.</summary>
    private sealed class CountingContent : HttpContent
    {
        private readonly long _length;

        public CountingContent(long length)
        {
            _length = length;
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
            Headers.ContentLength = length;
        }

        public long BytesWritten { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            while (BytesWritten < _length)
            {
                await stream.WriteAsync(chunk);
                BytesWritten += chunk.Length;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}
