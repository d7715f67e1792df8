using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Web.Features.Navigation;

/// <summary>Everything the layout needs about the site in one culture, computed once per snapshot version.</summary>
public sealed class CultureNavigation
{
    public required string Culture { get; init; }

    /// <summary>The node at "/" of the culture; null when nothing is published in it.</summary>
    public PublishedContent? Home { get; init; }

    public string? HomeUrl { get; init; }

    /// <summary>Children of home with showInMenu, in sort order.</summary>
    public IReadOnlyList<NavigationLink> Menu { get; init; } = [];

    /// <summary>Nodes anywhere in the tree with showInFooter (legal notice, privacy, accessibility, site map).</summary>
    public IReadOnlyList<NavigationLink> Footer { get; init; } = [];

    /// <summary>Target of home's "ctaJoin" link.</summary>
    public string? WhyJoinUrl { get; init; }

    public string? SearchUrl { get; init; }

    public string? ContactUrl { get; init; }

    /// <summary>The culture's 404 page.</summary>
    public PublishedContent? ErrorPage { get; init; }
}
