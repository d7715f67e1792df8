using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>Maps between published nodes and site URLs through the culture/domain bindings.</summary>
public interface IPublishedUrlProvider
{
    /// <summary>The site-relative URL of a node in a culture, e.g. "/en/why-join/"; null if not routable in it.</summary>
    string? GetUrl(IPublishedSnapshot snapshot, PublishedContent content, string culture);

    /// <summary>Resolves a request path (and host) to a culture and a node; Node is null when nothing matches.</summary>
    RouteMatch Resolve(IPublishedSnapshot snapshot, string? host, string path);

    /// <summary>The culture bound to a request path (the longest matching prefix), or the default culture.</summary>
    DomainBinding GetBinding(string? host, string path);
}

/// <param name="Route">The path within the culture root, as given (not normalised).</param>
public sealed record RouteMatch(string Culture, string Route, PublishedContent? Node);
