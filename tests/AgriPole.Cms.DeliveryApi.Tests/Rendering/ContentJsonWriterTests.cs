using System.Text.Json;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.DeliveryApiFixture;

namespace AgriPole.Cms.DeliveryApi.Tests.Rendering;

public class ContentJsonWriterTests
{
    [Fact]
    public void WriteContentResponse_Item_WritesUmbracoFieldsInOrder()
    {
        var json = Render.Item(Context(), AboutKey);
        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("contentPage", json.GetProperty("contentType").GetString());
        Assert.Equal("À propos", json.GetProperty("name").GetString());
        Assert.Equal(AboutKey.ToString("D"), json.GetProperty("id").GetString());
        Assert.Equal("/a-propos/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(HomeKey, json.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("accueil", json.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
    }

    [Fact]
    public void WriteContentResponse_VariantItem_ListsRoutePerPublishedCulture()
    {
        var cultures = Render.Item(Context("en-US"), AboutKey).GetProperty("cultures");
        Assert.Equal("/a-propos/", cultures.GetProperty("fr-FR").GetProperty("path").GetString());
        Assert.Equal("/about-us/", cultures.GetProperty("en-US").GetProperty("path").GetString());
        Assert.Equal("home", cultures.GetProperty("en-US").GetProperty("startItem").GetProperty("path").GetString());
    }

    [Fact]
    public void WriteContentResponse_FrenchOnlyItem_ListsOnlyFrench()
    {
        var cultures = Render.Item(Context(), News2Key).GetProperty("cultures");
        Assert.Equal(["fr-FR"], cultures.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void WriteContentResponse_EmptyProperty_IsWrittenAsNull()
    {
        var properties = Render.Item(Context("en-US"), HomeKey).GetProperty("properties");
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("highlights").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("intro").ValueKind);
    }

    [Fact]
    public void WriteContentResponse_MissingEnglishValue_IsNullWithoutLanguageFallback()
    {
        // Umbraco's property renderer applies no language fallback, even though en-US falls back to fr-FR on the site.
        var properties = Render.Item(Context("en-US"), AboutKey).GetProperty("properties");
        Assert.Equal("About us", properties.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("body").ValueKind);
    }

    [Fact]
    public void WriteContentResponse_SimpleEditors_WriteTheirWireTypes()
    {
        var home = Render.Item(Context(), HomeKey).GetProperty("properties");
        Assert.Equal(3, home.GetProperty("latestNewsCount").GetInt32());
        Assert.True(home.GetProperty("showInMenu").GetBoolean());
        var news = Render.Item(Context(), News1Key).GetProperty("properties");
        Assert.Equal(["innovation", "eau"], news.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2024-03-01T00:00:00", news.GetProperty("publishDate").GetString());
        Assert.Equal(JsonValueKind.Null, news.GetProperty("image").ValueKind);
        var about = Render.Item(Context(), AboutKey).GetProperty("properties");
        Assert.Equal("company", about.GetProperty("kind").GetString());
    }

    [Fact]
    public void WriteContentResponse_ContentPicker_IsShallowWithoutExpand()
    {
        var featured = Render.Item(Context(), HomeKey).GetProperty("properties").GetProperty("featured");
        Assert.Equal(AboutKey, featured.GetProperty("id").GetGuid());
        Assert.False(featured.TryGetProperty("cultures", out _));
        Assert.Empty(featured.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public void WriteContentResponse_ExpandedPicker_RendersOneLevelOnly()
    {
        var featured = Render.Item(Context(), HomeKey, expand: "properties[$all]").GetProperty("properties").GetProperty("featured");
        var properties = featured.GetProperty("properties");
        Assert.Equal("À propos", properties.GetProperty("title").GetString());
        Assert.Empty(properties.GetProperty("related").GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public void WriteContentResponse_NestedExpand_ExpandsTheNamedPath()
    {
        var related = Render.Item(Context(), HomeKey, expand: "properties[featured[properties[related]]]")
            .GetProperty("properties").GetProperty("featured").GetProperty("properties").GetProperty("related");
        Assert.Equal("Lancement du site", related.GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public void WriteContentResponse_Fields_KeepsOnlyNamedPropertiesAndAllBaseFields()
    {
        var json = Render.Item(Context(), HomeKey, fields: "properties[title,featured]");
        Assert.Equal(["title", "featured"], json.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.True(json.TryGetProperty("route", out _));
        Assert.True(json.TryGetProperty("cultures", out _));
    }

    [Fact]
    public void WriteContentResponse_EmptyFields_RendersNoProperties()
    {
        var json = Render.Item(Context(), HomeKey, expand: "properties[$all]", fields: "");
        Assert.Empty(json.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public void WriteContentResponse_NestedFields_LimitsExpandedItemProperties()
    {
        var featured = Render.Item(Context(), HomeKey, expand: "properties[featured]", fields: "properties[featured[properties[summary]]]")
            .GetProperty("properties").GetProperty("featured");
        Assert.Equal(["summary"], featured.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void WriteContentResponse_BlockList_WritesItemsWithElementAndNullSettings()
    {
        var items = Render.Item(Context(), HomeKey).GetProperty("properties").GetProperty("highlights").GetProperty("items");
        var block = Assert.Single(items.EnumerateArray());
        var content = block.GetProperty("content");
        Assert.Equal(["contentType", "id", "properties"], content.EnumerateObject().Select(p => p.Name));
        Assert.Equal("highlightBlock", content.GetProperty("contentType").GetString());
        Assert.Equal(BlockKey, content.GetProperty("id").GetGuid());
        Assert.Equal("Adhérer", content.GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, block.GetProperty("settings").ValueKind);
    }

    [Fact]
    public void WriteContentResponse_MultiUrlPicker_WritesApiLinksAndDropsHiddenTargets()
    {
        var links = Render.Item(Context(), HomeKey).GetProperty("properties").GetProperty("ctaJoin").EnumerateArray().ToList();
        Assert.Equal(3, links.Count);
        var content = links[0];
        Assert.Equal(["url", "queryString", "title", "target", "destinationId", "destinationType", "route", "linkType"], content.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, content.GetProperty("url").ValueKind);
        Assert.Equal("?ref=home", content.GetProperty("queryString").GetString());
        Assert.Equal("À propos", content.GetProperty("title").GetString());
        Assert.Equal("_blank", content.GetProperty("target").GetString());
        Assert.Equal("contentPage", content.GetProperty("destinationType").GetString());
        Assert.Equal("/a-propos/", content.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("Content", content.GetProperty("linkType").GetString());
        Assert.Equal("https://example.org/?a=b", links[1].GetProperty("url").GetString());
        Assert.Equal("External", links[1].GetProperty("linkType").GetString());
        Assert.Equal("/media/zz9/brochure.pdf", links[2].GetProperty("url").GetString());
        Assert.Equal("Media", links[2].GetProperty("linkType").GetString());
        Assert.Equal("File", links[2].GetProperty("destinationType").GetString());
    }

    [Fact]
    public void WriteContentResponse_MediaPicker_MergesConfiguredAndMediaCrops()
    {
        var media = Assert.Single(Render.Item(Context(), AboutKey).GetProperty("properties").GetProperty("image").EnumerateArray());
        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], media.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.5, media.GetProperty("focalPoint").GetProperty("left").GetDouble());
        var crops = media.GetProperty("crops").EnumerateArray().ToList();
        Assert.Equal(["thumbnail", "hero"], crops.Select(c => c.GetProperty("alias").GetString()));
        Assert.Equal(0.1, crops[0].GetProperty("coordinates").GetProperty("x1").GetDouble());
        Assert.Equal(1600, crops[1].GetProperty("width").GetInt32());
        Assert.Equal(JsonValueKind.Null, crops[1].GetProperty("coordinates").ValueKind);
        Assert.Equal("/media/k2l/hero.jpg", media.GetProperty("url").GetString());
        Assert.Empty(media.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public void WriteContentResponse_RichTextMarkup_ResolvesLinksAndRemovesHiddenOnes()
    {
        var body = Render.Item(Context(), AboutKey).GetProperty("properties").GetProperty("body");
        var markup = body.GetProperty("markup").GetString()!;
        Assert.Contains("<a href=\"/actualites/nouvelle-equipe/\" data-start-item-path=\"accueil\" data-start-item-id=\"" + HomeKey + "\">", markup, StringComparison.Ordinal);
        Assert.Contains("<a>secret</a>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", markup, StringComparison.Ordinal);
        Assert.Contains("&amp;", markup, StringComparison.Ordinal);
        Assert.Empty(body.GetProperty("blocks").EnumerateArray());
    }

    [Fact]
    public void WriteContentResponse_RichTextJson_WritesElementTree()
    {
        var settings = new DeliveryApiSettings { Enabled = true, RichTextOutputAsJson = true, DisallowedContentTypeAliases = ["secretPage"] };
        var body = Render.Item(Context(settings: settings), AboutKey).GetProperty("properties").GetProperty("body");
        Assert.Equal("#root", body.GetProperty("tag").GetString());
        Assert.Empty(body.GetProperty("blocks").EnumerateArray());
        var p = Assert.Single(body.GetProperty("elements").EnumerateArray());
        var children = p.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["#text", "a", "#text", "a", "br", "#text"], children.Select(c => c.GetProperty("tag").GetString()));
        Assert.Equal("Voir ", children[0].GetProperty("text").GetString());
        Assert.Equal("/actualites/nouvelle-equipe/", children[1].GetProperty("attributes").GetProperty("route").GetProperty("path").GetString());
        Assert.False(children[1].GetProperty("attributes").TryGetProperty("href", out _));
        Assert.Equal(" &amp; ", children[2].GetProperty("text").GetString());
        Assert.Empty(children[3].GetProperty("attributes").EnumerateObject());
        Assert.Empty(children[4].GetProperty("elements").EnumerateArray());
    }

    [Fact]
    public void WriteContentResponse_ExpandAll_NeverExpandsDisallowedOrDraftContent()
    {
        var text = Render.Text(w => AgriPole.Cms.DeliveryApi.Rendering.ContentJsonWriter.WriteContentResponse(w, Context(), Context().Snapshot.GetById(HomeKey)!, Render.Spec("properties[$all]"), null));
        Assert.DoesNotContain(SecretKey.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftKey.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteContentResponse_PickerToItemNotPublishedInCulture_IsNullEvenExpanded()
    {
        Assert.Equal("Lancement du site", Render.Item(Context(), AboutKey).GetProperty("properties").GetProperty("related").GetProperty("name").GetString());
        var english = Render.Item(Context("en-US"), AboutKey, expand: "properties[$all]");
        Assert.Equal(JsonValueKind.Null, english.GetProperty("properties").GetProperty("related").ValueKind);
        Assert.DoesNotContain(News2Key.ToString(), english.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteContentResponse_PreviewOfUnpublishedItem_UsesPreviewRoute()
    {
        var context = Context(snapshot: Preview(), live: Published());
        var json = Render.Item(context, DraftKey);
        Assert.Equal("/preview-" + DraftKey + "/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("/a-propos/", Render.Item(context, AboutKey).GetProperty("route").GetProperty("path").GetString());
    }
}
