using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Rendering;

namespace AgriPole.Cms.DeliveryApi.Routing;

/// <summary>Routes, visibility and path lookup of content for the Delivery API.</summary>
public static class ContentRouting
{
    public const string PreviewPathPrefix = "preview-";

    /// <summary>The culture variant to render; invariant types use the request culture's, else the default's, else any.</summary>
    public static PublishedCulture? GetVariant(DeliveryApiContext context, PublishedContent content, string culture)
    {
        if (content.Cultures.TryGetValue(culture, out var variant))
        {
            return variant;
        }

        if (content.ContentType.VariesByCulture)
        {
            return null;
        }

        if (content.Cultures.TryGetValue(context.DefaultCulture, out variant))
        {
            return variant;
        }

        foreach (var any in content.Cultures.Values)
        {
            return any;
        }

        return null;
    }

    /// <summary>The route in a culture, or null when the item has no URL in it (it is then served nowhere).</summary>
    public static ApiRoute? GetRoute(DeliveryApiContext context, PublishedContent content, string culture)
    {
        var variant = GetVariant(context, content, culture);
        if (variant is null)
        {
            return null;
        }

        string? path;
        if (context.IsPreview && !IsLive(context, content, culture))
        {
            path = "/" + PreviewPathPrefix + content.Key.ToString("D") + "/";
        }
        else
        {
            path = variant.Route;
        }

        if (path is null)
        {
            return null;
        }

        var rootKey = content.PathKeys.Count > 0 ? content.PathKeys[0] : content.Key;
        var root = rootKey == content.Key ? content : context.Snapshot.GetById(rootKey);
        var rootSegment = root is null ? string.Empty : GetVariant(context, root, culture)?.UrlSegment ?? string.Empty;
        return new ApiRoute(path, rootKey, rootSegment);
    }

    /// <summary>Servable to this request: an allowed document type with a route in the culture.</summary>
    public static bool IsAvailable(DeliveryApiContext context, PublishedContent content, string culture) =>
        !content.ContentType.IsElement
        && context.Settings.IsContentTypeAllowed(content.ContentType.Alias)
        && HasRoute(context, content, culture);

    // GetRoute without building the route: queries test every candidate, most of which are never rendered.
    private static bool HasRoute(DeliveryApiContext context, PublishedContent content, string culture)
    {
        var variant = GetVariant(context, content, culture);
        return variant is not null && (variant.Route is not null || (context.IsPreview && !IsLive(context, content, culture)));
    }

    /// <summary>Looks a content item up by key for this request; null when it must not be served.</summary>
    public static PublishedContent? GetAvailable(DeliveryApiContext context, Guid key)
    {
        var content = context.Snapshot.GetById(key);
        return content is not null && IsAvailable(context, content, context.Culture) ? content : null;
    }

    /// <summary>
    /// Resolves a root-relative path ("/", "/why-join/") in the request culture, below the start item when one is given,
    /// else below the first root. Returns null for unknown paths and file-like last segments.
    /// </summary>
    public static PublishedContent? ResolvePath(DeliveryApiContext context, string path, PublishedContent? startItem)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 0 && segments[^1].Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        if (context.IsPreview && segments.Length == 1 && segments[0].StartsWith(PreviewPathPrefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(segments[0].AsSpan(PreviewPathPrefix.Length), out var previewKey))
        {
            return context.Snapshot.GetById(previewKey);
        }

        var current = startItem ?? FirstRoot(context);
        if (current is null)
        {
            return null;
        }

        foreach (var segment in segments)
        {
            PublishedContent? next = null;
            foreach (var child in context.Snapshot.GetChildren(current.Key))
            {
                var variant = GetVariant(context, child, context.Culture);
                if (variant is not null && string.Equals(variant.UrlSegment, segment, StringComparison.OrdinalIgnoreCase))
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>A root node named by the Start-Item header: its key, or its URL segment in the request culture.</summary>
    public static PublishedContent? ResolveStartItem(DeliveryApiContext context, string value)
    {
        var trimmed = value.Trim().Trim('/');
        if (trimmed.Length == 0)
        {
            return null;
        }

        foreach (var root in context.Snapshot.Roots)
        {
            if (Guid.TryParse(trimmed, out var key))
            {
                if (root.Key == key)
                {
                    return root;
                }
            }
            else if (GetVariant(context, root, context.Culture) is { } variant
                     && string.Equals(variant.UrlSegment, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return root;
            }
        }

        return null;
    }

    private static PublishedContent? FirstRoot(DeliveryApiContext context)
    {
        foreach (var root in context.Snapshot.Roots)
        {
            if (GetVariant(context, root, context.Culture) is not null)
            {
                return root;
            }
        }

        return null;
    }

    private static bool IsLive(DeliveryApiContext context, PublishedContent content, string culture)
    {
        var live = context.PublishedSnapshot.GetById(content.Key);
        return live is not null && (live.IsPublishedIn(culture) || (!live.ContentType.VariesByCulture && live.Cultures.Count > 0));
    }
}
