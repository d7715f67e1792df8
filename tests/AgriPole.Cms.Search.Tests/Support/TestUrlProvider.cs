using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Tests.Support;

/// <summary>French at "/", English at "/en/": the site's domains.json, applied to the node's route.</summary>
public sealed class TestUrlProvider : IPublishedUrlProvider
{
    public string? GetUrl(IPublishedSnapshot snapshot, PublishedContent content, string culture)
    {
        var route = content.Cultures.TryGetValue(culture, out var c) ? c.Route : null;
        if (route is null)
        {
            return null;
        }

        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "/en" + route : route;
    }

    public RouteMatch Resolve(IPublishedSnapshot snapshot, string? host, string path) => throw new NotSupportedException();

    public DomainBinding GetBinding(string? host, string path) => throw new NotSupportedException();
}
