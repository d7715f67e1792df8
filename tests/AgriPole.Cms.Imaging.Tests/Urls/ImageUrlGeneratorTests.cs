using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Renditions;
using AgriPole.Cms.Imaging.Urls;
using Microsoft.AspNetCore.WebUtilities;

namespace AgriPole.Cms.Imaging.Tests.Urls;

public sealed class ImageUrlGeneratorTests : IDisposable
{
    private readonly Support.ImagingServices _services = new();

    public void Dispose() => _services.Dispose();

    private IImageUrlGenerator Urls => _services.Get<IImageUrlGenerator>();

    [Fact]
    public void GetUrl_Folder_IsNull() =>
        Assert.Null(Urls.GetUrl(new MediaItem { Name = "f", MediaTypeAlias = "Folder" }, new ImageUrlOptions { Width = 100 }));

    [Fact]
    public void GetUrl_Document_IsItsPlainUrl() =>
        Assert.Equal("/media/ab/x.pdf", Urls.GetUrl(new MediaItem { Name = "d", MediaTypeAlias = "File", Url = "/media/ab/x.pdf", Extension = "pdf" }, new ImageUrlOptions { Width = 100 }));

    [Fact]
    public void GetUrl_WidthAndFormat_CarriesVersionAndParsesBack()
    {
        var url = Urls.GetUrl(Image(), new ImageUrlOptions { Width = 800, Format = "webp", Quality = 75 })!;

        Assert.StartsWith("/media/ab/photo.jpg?", url, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        Assert.Equal("800", query["width"]);
        Assert.Equal("webp", query["format"]);
        Assert.Equal("75", query["quality"]);
        Assert.False(string.IsNullOrEmpty(query["v"]));
        Assert.True(RenditionQueryParser.TryParse(query, new ImagingSettings(), out _, out _));
    }

    [Fact]
    public void GetUrl_DataTypeCropWithFocalPoint_ScalesTheCropAndAddsRxy()
    {
        var url = Urls.GetUrl(Image(), new ImageUrlOptions { CropAlias = "thumbnail", Width = 800 })!;
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);

        Assert.Equal("800", query["width"]);
        Assert.Equal("600", query["height"]);
        Assert.Equal("0.25,0.75", query["rxy"]);
    }

    [Fact]
    public void GetUrl_ItemCropWithCoordinates_UsesCcInsteadOfFocalPoint()
    {
        var image = Image();
        image.Crops.Add(new ImageCrop("logo", 320, 160, new CropCoordinates(0.1, 0.2, 0.3, 0.4)));

        var query = QueryHelpers.ParseQuery(new Uri("http://x" + Urls.GetUrl(image, new ImageUrlOptions { CropAlias = "logo" })).Query);

        Assert.Equal("0.1,0.2,0.3,0.4", query["cc"]);
        Assert.False(query.ContainsKey("rxy"));
        Assert.Equal(("320", "160"), (query["width"].ToString(), query["height"].ToString()));
    }

    [Fact]
    public void GetUrl_NewVersion_ChangesTheUrl()
    {
        var a = Image();
        var b = Image();
        b.Version = "v2";

        Assert.NotEqual(Urls.GetUrl(a, new ImageUrlOptions { Width = 400 }), Urls.GetUrl(b, new ImageUrlOptions { Width = 400 }));
    }

    [Fact]
    public void PictureMarkup_Image_RendersWebpSourceAndSizedLazyFallback()
    {
        var html = PictureMarkup.Build(Urls, Image(), new PictureOptions { CropAlias = "thumbnail", Widths = [400, 800, 1200, 4000], Culture = "en-US", CssClass = "card \"x\"" })!;

        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var source = doc.QuerySelector("picture > source")!;
        var img = doc.QuerySelector("picture > img")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal(3, source.GetAttribute("srcset")!.Split(", ").Length);
        Assert.Contains("format=webp", source.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains("format=jpg", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(("1200", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Field at dawn", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("card \"x\"", img.GetAttribute("class"));
    }

    [Fact]
    public void PictureMarkup_NotAnImage_RendersNothing() =>
        Assert.Null(PictureMarkup.Build(Urls, new MediaItem { Name = "d", MediaTypeAlias = "File", Url = "/media/a.pdf", Extension = "pdf" }, new PictureOptions()));

    private static MediaItem Image() => new()
    {
        Name = "photo",
        MediaTypeAlias = "Image",
        Url = "/media/ab/photo.jpg",
        StoragePath = "ab/photo.jpg",
        Extension = "jpg",
        Width = 2400,
        Height = 1600,
        Version = "v1",
        FocalPoint = new FocalPoint(0.25, 0.75),
        AltText = new(StringComparer.OrdinalIgnoreCase) { ["en-US"] = "Field at dawn", ["fr-FR"] = "Champ à l'aube" },
    };
}
