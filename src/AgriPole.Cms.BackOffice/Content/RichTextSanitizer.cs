using System.Collections.Concurrent;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using Ganss.Xss;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Cleans rich text on save with the allowlist of the data type (allowedTags, allowedAttributes, allowedSchemes in
/// data-types.json), falling back to a small semantic set. Scripts, event handlers, styles, iframes and
/// javascript:/data: links never survive.
/// </summary>
public sealed class RichTextSanitizer
{
    private static readonly string[] DefaultTags = ["h2", "h3", "h4", "p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "abbr"];
    private static readonly string[] DefaultSchemes = ["http", "https", "mailto", "tel"];

    private readonly ConcurrentDictionary<Guid, HtmlSanitizer> byDataType = new();

    public string Sanitize(string? html, DataType? dataType)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var sanitizer = dataType is null ? Create(default) : byDataType.GetOrAdd(dataType.Key, _ => Create(dataType.Configuration));
        return sanitizer.Sanitize(html).Trim();
    }

    private static HtmlSanitizer Create(JsonElement configuration)
    {
        var tags = ReadStrings(configuration, "allowedTags") ?? DefaultTags;
        var schemes = ReadStrings(configuration, "allowedSchemes") ?? DefaultSchemes;
        var attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "lang" };
        if (configuration.ValueKind == JsonValueKind.Object && configuration.TryGetProperty("allowedAttributes", out var attrs) && attrs.ValueKind == JsonValueKind.Object)
        {
            foreach (var perTag in attrs.EnumerateObject())
            {
                foreach (var a in perTag.Value.EnumerateArray())
                {
                    if (a.GetString() is { } name)
                    {
                        attributes.Add(name);
                    }
                }
            }
        }
        else
        {
            attributes.UnionWith(["href", "title", "hreflang"]);
        }

        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = attributes,
            AllowedSchemes = new HashSet<string>(schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.KeepChildNodes = true;
        return sanitizer;
    }

    private static string[]? ReadStrings(JsonElement configuration, string name) =>
        configuration.ValueKind == JsonValueKind.Object && configuration.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToArray()
            : null;
}
