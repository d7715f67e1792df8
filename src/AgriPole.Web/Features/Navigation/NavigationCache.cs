using System.Collections.Concurrent;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Navigation;

/// <summary>
/// Navigation per (snapshot version, culture). Built on first use after a swap, so a request never walks the whole tree
/// unless the snapshot changed; readers always get the navigation of the snapshot they hold.
/// </summary>
public sealed class NavigationCache(IPublishedUrlProvider urls)
{
    private Generation _current = new(-1);

    public CultureNavigation Get(IPublishedSnapshot snapshot, string culture)
    {
        var generation = _current;
        if (generation.Version != snapshot.Version)
        {
            if (snapshot.IsPreview)
            {
                // Preview snapshots are per editor; never share what they show.
                return Build(snapshot, culture);
            }

            var fresh = new Generation(snapshot.Version);
            if (snapshot.Version > generation.Version)
            {
                Interlocked.CompareExchange(ref _current, fresh, generation);
            }

            generation = fresh;
        }

        return generation.ByCulture.GetOrAdd(culture, static (c, state) => state.Self.Build(state.Snapshot, c), (Self: this, Snapshot: snapshot));
    }

    private CultureNavigation Build(IPublishedSnapshot snapshot, string culture)
    {
        var home = snapshot.GetByRoute(culture, "/");
        if (home is null || !home.IsPublishedIn(culture))
        {
            return new CultureNavigation { Culture = culture };
        }

        var menu = new List<NavigationLink>();
        foreach (var child in snapshot.GetChildren(home.Key))
        {
            if (child.GetBoolean("showInMenu") && ToLink(snapshot, child, culture) is { } link)
            {
                menu.Add(link);
            }
        }

        var footer = new List<NavigationLink>();
        string? searchUrl = null, contactUrl = null;
        PublishedContent? errorPage = null;
        foreach (var node in snapshot.GetDescendants(home.Key))
        {
            if (!node.IsPublishedIn(culture))
            {
                continue;
            }

            if (node.GetBoolean("showInFooter") && ToLink(snapshot, node, culture) is { } link)
            {
                footer.Add(link);
            }

            switch (node.ContentType.Alias)
            {
                case "searchPage":
                    searchUrl ??= urls.GetUrl(snapshot, node, culture);
                    break;
                case "contactPage":
                    contactUrl ??= urls.GetUrl(snapshot, node, culture);
                    break;
                case "errorPage" when errorPage is null && urls.GetUrl(snapshot, node, culture) is not null:
                    errorPage = node;
                    break;
            }
        }

        var join = ContentLinks.Resolve(home.GetValue("ctaJoin", culture), snapshot, urls, culture);
        var contact = ContentLinks.Resolve(home.GetValue("ctaContact", culture), snapshot, urls, culture);
        return new CultureNavigation
        {
            Culture = culture,
            Home = home,
            HomeUrl = urls.GetUrl(snapshot, home, culture),
            Menu = menu,
            Footer = footer,
            WhyJoinUrl = join.Count > 0 ? join[0].Url : null,
            SearchUrl = searchUrl,
            ContactUrl = contactUrl ?? (contact.Count > 0 ? contact[0].Url : null),
            ErrorPage = errorPage,
        };
    }

    private NavigationLink? ToLink(IPublishedSnapshot snapshot, PublishedContent node, string culture)
    {
        var url = urls.GetUrl(snapshot, node, culture);
        if (url is null)
        {
            return null;
        }

        var title = node.GetString("menuTitle", culture) ?? node.GetName(culture) ?? url;
        return new NavigationLink(node.Key, title, url);
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, CultureNavigation> ByCulture { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
