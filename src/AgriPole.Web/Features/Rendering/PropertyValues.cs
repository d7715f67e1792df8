using System.Globalization;
using System.Text.Json;

namespace AgriPole.Web.Features.Rendering;

/// <summary>Reads the stored JSON shapes of property editors (see PropertyEditorAliases) defensively: bad data yields nothing, never an exception.</summary>
public static class PropertyValues
{
    public static IReadOnlyList<BlockItem> ToBlocks(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var blocks = new List<BlockItem>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("contentType", out var type) || type.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            if (item.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in v.EnumerateObject())
                {
                    values[p.Name] = p.Value;
                }
            }

            blocks.Add(new BlockItem
            {
                Key = item.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String && k.TryGetGuid(out var g) ? g : Guid.Empty,
                ContentTypeAlias = type.GetString()!,
                Values = values,
            });
        }

        return blocks;
    }

    /// <summary>The first media key of a MediaPicker3 value.</summary>
    public static Guid? ToFirstMediaKey(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("mediaKey", out var k)
                && k.ValueKind == JsonValueKind.String && k.TryGetGuid(out var g))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>Strings of a dropdown or tags value; a plain string counts as one.</summary>
    public static IReadOnlyList<string> ToStrings(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.String } s)
        {
            var one = s.GetString();
            return string.IsNullOrEmpty(one) ? [] : [one];
        }

        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
            {
                list.Add(text);
            }
        }

        return list;
    }

    public static int? ToInteger(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    public static DateTime? ToDateTime(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } s
        && DateTime.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : null;

    /// <summary>
    /// Only URLs that cannot run script: site-relative paths, fragments, http(s), mailto and tel. Anything else
    /// ("javascript:", "//evil", "/\evil", data:) is dropped.
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (url[0] == '#')
        {
            return url;
        }

        if (url[0] == '/')
        {
            return url.Length > 1 && (url[1] == '/' || url[1] == '\\') ? null : url;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto || uri.Scheme == "tel"))
        {
            // "https:evil" parses, but browsers read it differently depending on the page: require the authority form.
            var isWeb = uri.Scheme is "http" or "https";
            return isWeb && (string.IsNullOrEmpty(uri.Host) || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)) ? null : url;
        }

        return null;
    }
}
