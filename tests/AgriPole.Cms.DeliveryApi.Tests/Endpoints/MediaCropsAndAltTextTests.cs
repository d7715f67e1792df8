using System.Net;
using System.Text.Json;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>Crop coordinates and alt text set on a media item in the library, as the media endpoints and the media picker output show them.</summary>
public sealed class MediaCropsAndAltTextTests : IDisposable
{
    private readonly DeliveryApiAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task MediaItem_CropsAndAltTextSetInLibrary_AreInCropsAndProperties()
    {
        var media = _factory.Services.GetRequiredService<IMediaService>();
        await SetLogoAsync(media);
        using var client = _factory.CreateClient();

        var response = await client.GetAsync($"{Base}/media/item/{SeedKeys.Logo1}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        var crop = Assert.Single(json.GetProperty("crops").EnumerateArray());
        Assert.Equal("logo", crop.GetProperty("alias").GetString());
        Assert.Equal(320, crop.GetProperty("width").GetInt32());
        Assert.Equal(160, crop.GetProperty("height").GetInt32());
        AssertCoordinates(crop.GetProperty("coordinates"));
        var alt = json.GetProperty("properties").GetProperty("altText");
        Assert.Equal("Logo de l'exemple", alt.GetProperty("fr-FR").GetString());
        Assert.Equal("Example logo", alt.GetProperty("en-US").GetString());
        Assert.True(json.GetProperty("width").GetInt32() > 0);
        Assert.True(json.GetProperty("bytes").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("extension").GetString()));
    }

    [Fact]
    public async Task MediaPicker_WithoutLocalCoordinates_UsesTheMediaItemsCropCoordinates()
    {
        var media = _factory.Services.GetRequiredService<IMediaService>();
        await SetLogoAsync(media);
        using var client = _factory.CreateClient();

        var response = await client.GetAsync($"{Base}/content?filter=contentType:member&take=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        var picked = json.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("properties").GetProperty("logo"))
            .Where(l => l.ValueKind == JsonValueKind.Array)
            .SelectMany(l => l.EnumerateArray())
            .First(l => l.GetProperty("id").GetGuid() == SeedKeys.Logo1);
        var logo = picked.GetProperty("crops").EnumerateArray().Single(c => c.GetProperty("alias").GetString() == "logo");
        AssertCoordinates(logo.GetProperty("coordinates"));
        var thumbnail = picked.GetProperty("crops").EnumerateArray().Single(c => c.GetProperty("alias").GetString() == "thumbnail");
        Assert.Equal(JsonValueKind.Null, thumbnail.GetProperty("coordinates").ValueKind);
        Assert.Equal(new[] { "focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties" }, picked.EnumerateObject().Select(p => p.Name));
    }

    private static async Task SetLogoAsync(IMediaService media)
    {
        var crops = await media.SetCropsAsync(SeedKeys.Logo1, [new ImageCrop("logo", 320, 160, new CropCoordinates(0.05, 0.1, 0.15, 0.2))]);
        Assert.True(crops.Success);
        var alt = await media.SetAltTextAsync(SeedKeys.Logo1, new Dictionary<string, string?> { ["fr-FR"] = "Logo de l'exemple", ["en-US"] = "Example logo" });
        Assert.True(alt.Success);
    }

    private static void AssertCoordinates(JsonElement coordinates)
    {
        Assert.Equal(0.05, coordinates.GetProperty("x1").GetDouble());
        Assert.Equal(0.1, coordinates.GetProperty("y1").GetDouble());
        Assert.Equal(0.15, coordinates.GetProperty("x2").GetDouble());
        Assert.Equal(0.2, coordinates.GetProperty("y2").GetDouble());
    }
}
