namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>
/// Parses the v2 <c>expand</c>/<c>fields</c> grammar: spec := item ("," item)*, item := key ["[" spec "]"],
/// top level "properties[...]" (or "$all"). Stock Umbraco throws on malformed values (a 500); we answer 400.
/// </summary>
public static class PropertySpecParser
{
    /// <summary>Deeper nesting than this is refused; it bounds the work of one request.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses a raw value. Returns false when it is malformed (the caller answers 400).</summary>
    /// <param name="spec">The top-level properties spec; <see cref="PropertySpec.None"/> when no "properties[...]" is named.</param>
    public static bool TryParse(string value, out PropertySpec spec)
    {
        spec = PropertySpec.None;
        if (!IsWellFormed(value))
        {
            return false;
        }

        if (value.Length == 0)
        {
            return true;
        }

        var position = 0;
        var top = ParseList(value, ref position);
        if (top is null || position != value.Length)
        {
            return false;
        }

        var properties = top.Find(n => n.Key == "properties" && n.Children is not null);
        if (properties is not null)
        {
            spec = ToSpec(properties.Children!);
        }
        else if (top.Exists(n => n.Key == "$all"))
        {
            spec = new PropertySpec(true, new Dictionary<string, PropertySpec?>(StringComparer.Ordinal), null);
        }

        return true;
    }

    private static bool IsWellFormed(string value)
    {
        if (value.StartsWith('[') || value.Contains("[]", StringComparison.Ordinal))
        {
            return false;
        }

        var depth = 0;
        foreach (var c in value)
        {
            if (c == '[')
            {
                depth++;
                if (depth > MaxDepth * 2)
                {
                    return false;
                }
            }
            else if (c == ']')
            {
                depth--;
                if (depth < 0)
                {
                    return false;
                }
            }
        }

        return depth == 0;
    }

    private static List<RawNode>? ParseList(string value, ref int position)
    {
        var items = new List<RawNode>();
        while (true)
        {
            var start = position;
            while (position < value.Length && value[position] is not ('[' or ']' or ','))
            {
                position++;
            }

            var node = new RawNode(value[start..position], null);
            if (position < value.Length && value[position] == '[')
            {
                position++;
                var inner = ParseList(value, ref position);
                if (inner is null || position >= value.Length || value[position] != ']')
                {
                    return null;
                }

                position++;
                node = node with { Children = inner };
            }

            if (node.Key.Length == 0 && node.Children is not null)
            {
                return null;
            }

            if (node.Key.Length > 0)
            {
                items.Add(node);
            }

            if (position < value.Length && value[position] == ',')
            {
                position++;
                continue;
            }

            return items;
        }
    }

    // The items of one property level: each alias's nested spec is the "properties[...]" inside its brackets.
    private static PropertySpec ToSpec(List<RawNode> level)
    {
        var items = new Dictionary<string, PropertySpec?>(StringComparer.Ordinal);
        var all = false;
        PropertySpec? allChild = null;
        foreach (var node in level)
        {
            var nested = node.Children?.Find(n => n.Key == "properties" && n.Children is not null);
            var child = nested is null ? null : ToSpec(nested.Children!);
            if (node.Key == "$all")
            {
                all = true;
                allChild = child;
            }
            else
            {
                items[node.Key] = child;
            }
        }

        return new PropertySpec(all, items, allChild);
    }

    private sealed record RawNode(string Key, List<RawNode>? Children);
}
