namespace AgriPole.Web.Features.Caching;

/// <summary>Scheme and host are part of the key because canonical and hreflang links are absolute.</summary>
/// <param name="Path">The canonical path, or "404:" + culture for a culture's not-found page.</param>
public readonly record struct PageCacheKey(bool IsHttps, string Host, string Path);
