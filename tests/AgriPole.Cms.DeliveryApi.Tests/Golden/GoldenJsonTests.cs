using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Rendering;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.DeliveryApiFixture;

namespace AgriPole.Cms.DeliveryApi.Tests.Golden;

/// <summary>
/// Freezes the wire format on the fixture. A difference fails with both texts; to accept a deliberate change, run
/// with AGRIPOLE_UPDATE_GOLDEN=1 and review the diff of Golden/*.json.
/// </summary>
public class GoldenJsonTests
{
    [Fact]
    public void ContentItem_HomeInFrench_MatchesGolden() =>
        AssertGolden("content-item-home-fr.json", w => ContentJsonWriter.WriteContentResponse(w, Context(), Context().Snapshot.GetById(HomeKey)!, null, null));

    [Fact]
    public void ContentItem_AboutInEnglishExpanded_MatchesGolden() =>
        AssertGolden("content-item-about-en-expanded.json", w =>
            ContentJsonWriter.WriteContentResponse(w, Context("en-US"), Context().Snapshot.GetById(AboutKey)!, Render.Spec("properties[$all]"), Render.Spec("properties[image,related,title]")));

    [Fact]
    public void ContentItem_HomeFeaturedExpanded_MatchesGolden() =>
        AssertGolden("content-item-home-fr-featured-expanded.json", w =>
            ContentJsonWriter.WriteContentResponse(w, Context(), Context().Snapshot.GetById(HomeKey)!, Render.Spec("properties[featured]"), Render.Spec("properties[featured]")));

    [Fact]
    public void ContentItem_AboutRichTextAsJson_MatchesGolden() =>
        AssertGolden("content-item-about-fr-rte-json.json", w =>
        {
            var context = Context(settings: new AgriPole.Cms.DeliveryApi.Configuration.DeliveryApiSettings { Enabled = true, RichTextOutputAsJson = true, DisallowedContentTypeAliases = ["secretPage"] });
            ContentJsonWriter.WriteContentResponse(w, context, context.Snapshot.GetById(AboutKey)!, null, Render.Spec("properties[body]"));
        });

    [Fact]
    public void ContentQuery_NewsChildren_MatchesGolden() =>
        AssertGolden("content-query-news-fr.json", w =>
        {
            var context = Context();
            var result = Queries.Service().Execute(new ContentQueryContext(context), "children:/actualites/", [], ["createDate:desc"], 0, 10);
            w.WriteStartObject();
            w.WriteNumber("total", result.Total);
            w.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                ContentJsonWriter.WriteContentResponse(w, context, item, null, null);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    [Fact]
    public void MediaItem_Hero_MatchesGolden()
    {
        var snapshot = Published();
        AssertGolden("media-item-hero.json", w => MediaJsonWriter.WriteMediaResponse(w, snapshot.GetMedia, snapshot.GetMedia(HeroKey)!, null));
    }

    [Fact]
    public void MediaItem_Folder_MatchesGolden()
    {
        var snapshot = Published();
        AssertGolden("media-item-folder.json", w => MediaJsonWriter.WriteMediaResponse(w, snapshot.GetMedia, snapshot.GetMedia(ImagesFolderKey)!, null));
    }

    private static void AssertGolden(string file, Action<Utf8JsonWriter> write, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, file);
        var actual = JsonNode.Parse(Render.Text(write))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable("AGRIPOLE_UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.Fail($"Golden file {file} was written; review it and run again.");
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
