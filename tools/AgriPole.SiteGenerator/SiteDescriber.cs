using System.Text.Json;
using System.Text.Json.Nodes;
using AgriPole.Cms.Core.Text;

namespace AgriPole.SiteGenerator;

/// <summary>
/// Reads an umbraco-config folder's seed (generated or hand-written) and names what the benchmark harness measures:
/// the deepest page, the members directory, the search page, a parent with many children, an image. Routes follow the
/// site's rules: culture prefix from domains.json, the top-level node hidden, segment = urlSegment or the name's slug.
/// </summary>
public static class SiteDescriber
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonObject Describe(string configFolder)
    {
        var nodes = ReadItems(Path.Combine(configFolder, "content"));
        var media = ReadItems(Path.Combine(configFolder, "media"));
        var prefixes = ReadPrefixes(configFolder);
        var byKey = nodes.Where(n => n["key"] is not null).ToDictionary(n => (string)n["key"]!, StringComparer.OrdinalIgnoreCase);

        var routes = new Dictionary<string, Dictionary<string, string?>>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string?> RoutesOf(JsonObject node)
        {
            var key = (string)node["key"]!;
            if (routes.TryGetValue(key, out var known))
            {
                return known;
            }

            var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            var parentKey = (string?)node["parentKey"];
            var parent = parentKey is not null && byKey.TryGetValue(parentKey, out var p) ? RoutesOf(p) : null;
            foreach (var (culture, prefix) in prefixes)
            {
                if (node["cultures"]?[culture] is not JsonObject variant || variant["published"]?.GetValue<bool>() == false)
                {
                    result[culture] = null;
                    continue;
                }

                var root = prefix.TrimEnd('/') + "/";
                if (parentKey is null)
                {
                    result[culture] = root; // the top-level node is hidden from paths
                }
                else if (parent?[culture] is { } parentRoute)
                {
                    var segment = (string?)variant["urlSegment"] is { Length: > 0 } s ? s : UrlSegments.FromName((string?)variant["name"] ?? string.Empty);
                    result[culture] = parentRoute + segment + "/";
                }
                else
                {
                    result[culture] = null;
                }
            }

            routes[key] = result;
            return result;
        }

        bool Routable(JsonObject n) => prefixes.Keys.All(c => RoutesOf(n)[c] is not null);
        string TypeOf(JsonObject n) => (string?)n["contentType"] ?? string.Empty;
        int Level(JsonObject n) => RoutesOf(n).Values.FirstOrDefault(v => v is not null)?.Count(c => c == '/') ?? 0;

        var routable = nodes.Where(Routable).ToList();
        var home = routable.FirstOrDefault(n => n["parentKey"] is null);
        var deep = routable.Where(n => TypeOf(n) is "contentPage" or "policyPage")
            .OrderByDescending(Level).ThenBy(routable.IndexOf).FirstOrDefault();
        var children = routable.Where(n => n["parentKey"] is not null && TypeOf(n) == "contentPage")
            .GroupBy(n => (string)n["parentKey"]!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        var image = media.FirstOrDefault(m => (string?)m["mediaTypeAlias"] == "Image");

        // The back-office tree's widest level, whatever the children's type (the news list on the generated site).
        var largest = nodes.Where(n => n["parentKey"] is not null)
            .GroupBy(n => (string)n["parentKey"]!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).FirstOrDefault();

        return new JsonObject
        {
            ["configFolder"] = Path.GetFullPath(configFolder),
            ["pages"] = nodes.Count(n => TypeOf(n) != "member"),
            ["members"] = nodes.Count(n => TypeOf(n) == "member"),
            ["media"] = media.Count,
            ["homeKey"] = (string?)home?["key"],
            ["deepPage"] = Describe(deep, RoutesOf),
            ["membersDirectory"] = Describe(routable.FirstOrDefault(n => TypeOf(n) == "membersDirectory"), RoutesOf),
            ["searchPage"] = Describe(routable.FirstOrDefault(n => TypeOf(n) == "searchPage"), RoutesOf),
            ["policyPage"] = Describe(routable.FirstOrDefault(n => TypeOf(n) == "policyPage"), RoutesOf),
            ["contactPage"] = Describe(routable.FirstOrDefault(n => TypeOf(n) == "contactPage"), RoutesOf),
            ["searchTerm"] = FrequentWord(routable),
            ["childrenParentKey"] = children?.Key,
            ["childrenCount"] = children?.Count() ?? 0,
            ["imageKey"] = (string?)image?["key"],
            ["largestParentKey"] = largest?.Key,
            ["largestParentCount"] = largest?.Count() ?? 0,
        };
    }

    private static JsonObject? Describe(JsonObject? node, Func<JsonObject, Dictionary<string, string?>> routesOf)
    {
        if (node is null)
        {
            return null;
        }

        var result = new JsonObject { ["key"] = (string?)node["key"], ["parentKey"] = (string?)node["parentKey"] };
        foreach (var (culture, route) in routesOf(node))
        {
            result[culture] = route;
        }

        return result;
    }

    /// <summary>The most frequent long word of the French titles: a query that matches many documents, as real ones do.</summary>
    private static string FrequentWord(List<JsonObject> nodes) =>
        nodes.Select(n => (string?)n["cultures"]?["fr-FR"]?["values"]?["title"] ?? (string?)n["cultures"]?["fr-FR"]?["name"] ?? string.Empty)
            .SelectMany(t => t.Split([' ', ':', ',', '\'', '’', '.', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 6 && w.All(char.IsLetter))
            .GroupBy(w => w.ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? "innovation";

    private static List<JsonObject> ReadItems(string folder)
    {
        var items = new List<JsonObject>();
        if (!Directory.Exists(folder))
        {
            return items;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var root = JsonNode.Parse(File.ReadAllText(file), documentOptions: ReadOptions);
            if (root?["items"] is JsonArray array)
            {
                items.AddRange(array.OfType<JsonObject>());
            }
        }

        return items;
    }

    /// <summary>Culture → path prefix from domains.json; fr-FR at "/" and en-US at "/en" when the file is absent.</summary>
    private static Dictionary<string, string> ReadPrefixes(string configFolder)
    {
        var file = Path.Combine(configFolder, "domains.json");
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(file) && JsonNode.Parse(File.ReadAllText(file), documentOptions: ReadOptions)?["domains"] is JsonArray domains)
        {
            foreach (var d in domains.OfType<JsonObject>())
            {
                if ((string?)d["culture"] is { } culture)
                {
                    result[culture] = (string?)d["pathPrefix"] ?? "/";
                }
            }
        }

        if (result.Count == 0)
        {
            result["fr-FR"] = "/";
            result["en-US"] = "/en";
        }

        return result;
    }
}
