using System.Text.Json;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Web.Features.Rendering;

/// <summary>Resolves multi URL picker values against a snapshot: content links take the target's URL in the culture, or are dropped when it has none.</summary>
public static class ContentLinks
{
    public static IReadOnlyList<LinkItem> Resolve(JsonElement? value, IPublishedSnapshot snapshot, IPublishedUrlProvider urls, string culture)
    {
        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var links = new List<LinkItem>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var name = ReadString(item, "name");
            string? url;
            Guid? contentKey = null;
            if (ReadString(item, "contentKey") is { } keyText && Guid.TryParse(keyText, out var key))
            {
                var target = snapshot.GetById(key);
                url = target is null ? null : urls.GetUrl(snapshot, target, culture);
                if (url is null)
                {
                    continue;
                }

                contentKey = key;
                if (string.IsNullOrEmpty(name))
                {
                    name = target!.GetString("menuTitle", culture) ?? target.GetName(culture);
                }

                if (ReadString(item, "queryString") is { Length: > 0 } qs && (qs[0] == '?' || qs[0] == '#'))
                {
                    url += qs;
                }
            }
            else
            {
                url = PropertyValues.SafeUrl(ReadString(item, "url"));
                if (url is null)
                {
                    continue;
                }
            }

            links.Add(new LinkItem(string.IsNullOrEmpty(name) ? url : name, url, ReadString(item, "target") == "_blank", contentKey));
        }

        return links;
    }

    private static string? ReadString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
