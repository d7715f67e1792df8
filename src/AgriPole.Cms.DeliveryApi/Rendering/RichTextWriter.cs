using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.DeliveryApi.Routing;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>
/// Rich text as Umbraco's Delivery API writes it: { markup, blocks } with local links resolved, or, with
/// RichTextOutputAsJson, an element tree ({ tag: "#root", attributes, elements, blocks }).
/// Links to items this request may not see lose their href, so drafts never leak through a link.
/// </summary>
public static partial class RichTextWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public static void Write(Utf8JsonWriter writer, DeliveryApiContext context, string html)
    {
        if (context.Settings.RichTextOutputAsJson)
        {
            WriteJson(writer, context, html);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("markup"u8, RenderMarkup(context, html));
        writer.WritePropertyName("blocks"u8);
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The stored HTML with local links and images pointing at their public routes and URLs.</summary>
    public static string RenderMarkup(DeliveryApiContext context, string html)
    {
        if (!html.Contains("localLink", StringComparison.Ordinal) && !html.Contains("data-udi", StringComparison.Ordinal))
        {
            return html;
        }

        return TagRegex().Replace(html, match =>
        {
            var tag = match.Groups["tag"].Value;
            var attributes = ParseAttributes(match.Groups["attrs"].Value);
            if (!ResolveAttributes(context, tag, attributes, json: false))
            {
                return match.Value;
            }

            var sb = new StringBuilder("<").Append(tag);
            foreach (var (name, value) in attributes)
            {
                sb.Append(' ').Append(name);
                if (value is string s)
                {
                    sb.Append("=\"").Append(s.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
                }
            }

            return sb.Append(match.Groups["close"].Value).ToString();
        });
    }

    // Returns false when nothing needed changing.
    private static bool ResolveAttributes(DeliveryApiContext context, string tag, List<(string Name, object? Value)> attributes, bool json)
    {
        if (string.Equals(tag, "a", StringComparison.OrdinalIgnoreCase))
        {
            var hrefIndex = attributes.FindIndex(a => string.Equals(a.Name, "href", StringComparison.OrdinalIgnoreCase));
            if (hrefIndex < 0 || attributes[hrefIndex].Value is not string href)
            {
                return false;
            }

            var link = LocalLinkRegex().Match(href);
            if (!link.Success)
            {
                return false;
            }

            var suffix = href[(link.Index + link.Length)..];
            var typeIndex = attributes.FindIndex(a => string.Equals(a.Name, "type", StringComparison.OrdinalIgnoreCase));
            var type = typeIndex >= 0 ? attributes[typeIndex].Value as string : null;
            if (typeIndex >= 0)
            {
                attributes.RemoveAt(typeIndex);
                if (typeIndex < hrefIndex)
                {
                    hrefIndex--;
                }
            }

            var (key, isMedia) = ParseLocalLink(link.Groups["id"].Value, type);
            if (key is null)
            {
                attributes.RemoveAt(hrefIndex);
                return true;
            }

            if (isMedia)
            {
                var media = context.Snapshot.GetMedia(key.Value);
                if (media?.Url is null || media.Trashed)
                {
                    attributes.RemoveAt(hrefIndex);
                }
                else
                {
                    attributes[hrefIndex] = ("href", media.Url + suffix);
                }

                return true;
            }

            var content = ContentRouting.GetAvailable(context, key.Value);
            var route = content is null ? null : ContentRouting.GetRoute(context, content, context.Culture);
            if (route is null)
            {
                attributes.RemoveAt(hrefIndex);
            }
            else if (json)
            {
                attributes.RemoveAt(hrefIndex);
                attributes.Add(("route", route));
                if (suffix.Length > 0)
                {
                    attributes.Add(("anchor", suffix));
                }
            }
            else
            {
                attributes[hrefIndex] = ("href", route.Path + suffix);
                attributes.Add(("data-start-item-path", route.StartItemPath));
                attributes.Add(("data-start-item-id", route.StartItemId.ToString("D")));
            }

            return true;
        }

        if (string.Equals(tag, "img", StringComparison.OrdinalIgnoreCase))
        {
            var udiIndex = attributes.FindIndex(a => string.Equals(a.Name, "data-udi", StringComparison.OrdinalIgnoreCase));
            if (udiIndex < 0 || attributes[udiIndex].Value is not string udi)
            {
                return false;
            }

            var (key, _) = ParseLocalLink(udi, "media");
            var media = key is null ? null : context.Snapshot.GetMedia(key.Value);
            attributes.RemoveAt(udiIndex);
            attributes.RemoveAll(a => string.Equals(a.Name, "data-caption", StringComparison.OrdinalIgnoreCase));
            if (media?.Url is not null && !media.Trashed)
            {
                var srcIndex = attributes.FindIndex(a => string.Equals(a.Name, "src", StringComparison.OrdinalIgnoreCase));
                var oldSrc = srcIndex >= 0 ? attributes[srcIndex].Value as string ?? string.Empty : string.Empty;
                var query = oldSrc.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 && !json ? oldSrc[q..] : string.Empty;
                if (srcIndex >= 0)
                {
                    attributes[srcIndex] = ("src", media.Url + query);
                }
                else
                {
                    attributes.Add(("src", media.Url + query));
                }
            }

            return true;
        }

        return false;
    }

    // "umb://document/<32 hex>", "umb://media/<32 hex>" (Umbraco 13 storage) or a bare GUID with a type attribute (14+).
    private static (Guid? Key, bool IsMedia) ParseLocalLink(string id, string? type)
    {
        var isMedia = string.Equals(type, "media", StringComparison.OrdinalIgnoreCase);
        if (id.StartsWith("umb://", StringComparison.OrdinalIgnoreCase))
        {
            var slash = id.LastIndexOf('/');
            isMedia = id.StartsWith("umb://media/", StringComparison.OrdinalIgnoreCase);
            id = id[(slash + 1)..];
        }

        return (Guid.TryParse(id, out var key) ? key : null, isMedia);
    }

    private static List<(string Name, object? Value)> ParseAttributes(string text)
    {
        var list = new List<(string, object?)>();
        foreach (Match m in AttributeRegex().Matches(text))
        {
            list.Add((m.Groups["name"].Value, m.Groups["v"].Success ? m.Groups["v"].Value : null));
        }

        return list;
    }

    private static void WriteJson(Utf8JsonWriter writer, DeliveryApiContext context, string html)
    {
        var root = new Node("#root");
        var stack = new Stack<Node>();
        stack.Push(root);
        var position = 0;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > position)
            {
                var text = html[position..textEnd];
                if (!string.IsNullOrWhiteSpace(text))
                {
                    stack.Peek().Children.Add(new Node("#text") { Text = text });
                }
            }

            if (lt < 0)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                position = end < 0 ? html.Length : end + 3;
                continue;
            }

            var gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                stack.Peek().Children.Add(new Node("#text") { Text = html[lt..] });
                break;
            }

            var inner = html[(lt + 1)..gt];
            position = gt + 1;
            if (inner.StartsWith('/'))
            {
                var closing = inner[1..].Trim();
                if (stack.Count > 1 && stack.Any(n => string.Equals(n.Tag, closing, StringComparison.OrdinalIgnoreCase)))
                {
                    while (stack.Count > 1 && !string.Equals(stack.Pop().Tag, closing, StringComparison.OrdinalIgnoreCase))
                    {
                    }
                }

                continue;
            }

            if (inner.StartsWith('!') || inner.StartsWith('?'))
            {
                continue;
            }

            var selfClosing = inner.EndsWith('/');
            var body = selfClosing ? inner[..^1] : inner;
            var nameEnd = 0;
            while (nameEnd < body.Length && !char.IsWhiteSpace(body[nameEnd]))
            {
                nameEnd++;
            }

            var node = new Node(body[..nameEnd].ToLowerInvariant());
            node.Attributes.AddRange(ParseAttributes(body[nameEnd..]));
            ResolveAttributes(context, node.Tag, node.Attributes, json: true);
            stack.Peek().Children.Add(node);
            if (!selfClosing && !VoidElements.Contains(node.Tag))
            {
                stack.Push(node);
            }
        }

        WriteNode(writer, root, isRoot: true);
    }

    private static void WriteNode(Utf8JsonWriter writer, Node node, bool isRoot = false)
    {
        writer.WriteStartObject();
        if (node.Text is not null)
        {
            writer.WriteString("text"u8, node.Text);
            writer.WriteString("tag"u8, "#text");
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("tag"u8, node.Tag);
        writer.WritePropertyName("attributes"u8);
        writer.WriteStartObject();
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, _) in node.Attributes)
        {
            if (!name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
            {
                written.Add(name);
            }
        }

        foreach (var (name, value) in node.Attributes)
        {
            var isData = name.StartsWith("data-", StringComparison.OrdinalIgnoreCase);
            var outputName = isData ? name[5..] : name;

            // A data-xyz attribute is renamed xyz unless xyz exists, in which case the original wins.
            if (isData && !written.Add(outputName))
            {
                continue;
            }

            writer.WritePropertyName(outputName);
            switch (value)
            {
                case ApiRoute route:
                    ContentJsonWriter.WriteRoute(writer, route);
                    break;
                case string s:
                    writer.WriteStringValue(s);
                    break;
                default:
                    writer.WriteStringValue(string.Empty);
                    break;
            }
        }

        writer.WriteEndObject();
        writer.WritePropertyName("elements"u8);
        writer.WriteStartArray();
        foreach (var child in node.Children)
        {
            WriteNode(writer, child);
        }

        writer.WriteEndArray();
        if (isRoot)
        {
            writer.WritePropertyName("blocks"u8);
            writer.WriteStartArray();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    [GeneratedRegex("""<(?<tag>a|img)\b(?<attrs>[^>]*?)(?<close>/?>)""", RegexOptions.IgnoreCase)]
    private static partial Regex TagRegex();

    [GeneratedRegex("""(?<name>[^\s=/>"']+)(?:\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s>"']+)))?""")]
    private static partial Regex AttributeRegex();

    [GeneratedRegex("""^/?\{localLink:(?<id>[^}]+)\}""", RegexOptions.IgnoreCase)]
    private static partial Regex LocalLinkRegex();

    private sealed class Node(string tag)
    {
        public string Tag { get; } = tag;

        public string? Text { get; init; }

        public List<(string Name, object? Value)> Attributes { get; } = [];

        public List<Node> Children { get; } = [];
    }
}
