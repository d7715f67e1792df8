using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Core.PublishedCache;

/// <summary>
/// URLs through the culture/host bindings of domains.json (Umbraco's "culture and hostnames"):
/// fr-FR at "/" and en-US at "/en" give "/pourquoi-adherer/" and "/en/why-join/".
/// </summary>
public sealed class PublishedUrlProvider : IPublishedUrlProvider
{
    private readonly DomainBinding[] _bindings;
    private readonly DomainBinding _default;

    public PublishedUrlProvider(ICmsDefinitions definitions)
    {
        // Longest prefix first, host-specific before host-less: the first match is the best one.
        _bindings = [.. definitions.Domains
            .OrderByDescending(d => d.Host is not null)
            .ThenByDescending(d => d.PathPrefix.Length)];
        _default = definitions.Domains.FirstOrDefault(d => string.Equals(d.Culture, definitions.DefaultLanguage.IsoCode, StringComparison.OrdinalIgnoreCase))
            ?? new DomainBinding(definitions.DefaultLanguage.IsoCode, null, "/");
    }

    public string? GetUrl(IPublishedSnapshot snapshot, PublishedContent content, string culture)
    {
        if (!content.Cultures.TryGetValue(culture, out var c) || c.Route is null)
        {
            return null;
        }

        // Prefer a host-less binding so the URL stays site-relative.
        DomainBinding? binding = null;
        foreach (var b in _bindings)
        {
            if (string.Equals(b.Culture, culture, StringComparison.OrdinalIgnoreCase) && (binding is null || (binding.Host is not null && b.Host is null)))
            {
                binding = b;
            }
        }

        if (binding is null)
        {
            return null;
        }

        return binding.PathPrefix == "/" ? c.Route : string.Concat(binding.PathPrefix, c.Route);
    }

    public RouteMatch Resolve(IPublishedSnapshot snapshot, string? host, string path)
    {
        var binding = GetBinding(host, path);
        var route = binding.PathPrefix == "/" ? path : path.Length <= binding.PathPrefix.Length ? "/" : path[binding.PathPrefix.Length..];
        if (route.Length == 0)
        {
            route = "/";
        }

        return new RouteMatch(binding.Culture, route, snapshot.GetByRoute(binding.Culture, route));
    }

    public DomainBinding GetBinding(string? host, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bareHost = StripPort(host);
        foreach (var b in _bindings)
        {
            if (b.Host is not null && !bareHost.Equals(b.Host, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (MatchesPrefix(path, b.PathPrefix))
            {
                return b;
            }
        }

        return _default;
    }

    private static ReadOnlySpan<char> StripPort(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return [];
        }

        var colon = host.LastIndexOf(':');
        return colon > 0 && host[0] != '[' ? host.AsSpan(0, colon) : host.AsSpan();
    }

    /// <summary>"/en" matches "/en", "/en/" and "/en/x" but not "/energie".</summary>
    private static bool MatchesPrefix(string path, string prefix)
    {
        if (prefix == "/")
        {
            return true;
        }

        return path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == prefix.Length || path[prefix.Length] == '/');
    }
}
