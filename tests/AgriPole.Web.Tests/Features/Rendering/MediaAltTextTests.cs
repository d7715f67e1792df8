using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Rendering;

/// <summary>The alternative text edited on a media item is the public image's alt, per culture; without one the image is decorative (alt="").</summary>
public class MediaAltTextTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Fact]
    public async Task Get_NewsItem_UsesTheMediaAltTextOfEachCultureThenEmptyWhenRemoved()
    {
        var item = factory.Snapshot().GetByContentType("newsItem").First(n => n.IsPublishedIn("fr-FR") && n.IsPublishedIn("en-US") && n.GetValue("image") is not null);
        var mediaKey = AgriPole.Web.Features.Rendering.PropertyValues.ToFirstMediaKey(item.GetValue("image"))!.Value;
        var media = factory.Services.GetRequiredService<IMediaService>();

        var set = await media.SetAltTextAsync(mediaKey, new Dictionary<string, string?> { ["fr-FR"] = "Rangs de vigne au lever du jour", ["en-US"] = "Vine rows at dawn" });
        Assert.True(set.Success);

        Assert.Equal("Rangs de vigne au lever du jour", await AltAsync(item, "fr-FR"));
        Assert.Equal("Vine rows at dawn", await AltAsync(item, "en-US"));

        var cleared = await media.SetAltTextAsync(mediaKey, new Dictionary<string, string?> { ["fr-FR"] = null, ["en-US"] = "" });
        Assert.True(cleared.Success);

        // Decorative: the attribute is there and empty (never missing, never the file name).
        Assert.Equal(string.Empty, await AltAsync(item, "fr-FR"));
        Assert.Equal(string.Empty, await AltAsync(item, "en-US"));
    }

    private async Task<string?> AltAsync(PublishedContent item, string culture)
    {
        var doc = await _client.GetDocumentAsync(factory.UrlOf(item, culture)!);
        var img = doc.QuerySelector("main picture img.news-image");
        Assert.NotNull(img);
        Assert.NotNull(doc.QuerySelector("main picture source[type='image/webp']"));
        return img!.GetAttribute("alt");
    }
}
