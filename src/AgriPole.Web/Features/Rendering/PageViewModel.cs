using System.Globalization;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.Features.Navigation;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Web.Features.Rendering;

/// <summary>
/// What every view of a published page gets: the node, its culture and language, URL helpers and the dictionary, all
/// read from the one snapshot taken for the request.
/// </summary>
public sealed class PageViewModel
{
    private readonly IPublishedUrlProvider _urls;
    private readonly ICmsDefinitions _definitions;
    private readonly NavigationCache _navigationCache;
    private IReadOnlyList<Breadcrumb>? _breadcrumbs;
    private IReadOnlyList<AlternateLink>? _alternates;

    public PageViewModel(
        IPublishedSnapshot snapshot,
        PublishedContent content,
        Language language,
        IPublishedUrlProvider urls,
        ICmsDefinitions definitions,
        NavigationCache navigationCache,
        string baseUrl,
        string siteName,
        IQueryCollection query,
        int statusCode = StatusCodes.Status200OK)
    {
        Snapshot = snapshot;
        Content = content;
        Language = language;
        _urls = urls;
        _definitions = definitions;
        _navigationCache = navigationCache;
        BaseUrl = baseUrl;
        Query = query;
        StatusCode = statusCode;
        CultureInfo = CultureInfo.GetCultureInfo(language.IsoCode);
        Navigation = navigationCache.Get(snapshot, language.IsoCode);
        SiteName = DictionaryOrNull("Site.Name") ?? siteName;
    }

    public IPublishedSnapshot Snapshot { get; }

    public PublishedContent Content { get; }

    public Language Language { get; }

    public string Culture => Language.IsoCode;

    public CultureInfo CultureInfo { get; }

    /// <summary>The language part of the culture, for lang and hreflang attributes: "fr", "en".</summary>
    public string LangTag => CultureInfo.TwoLetterISOLanguageName;

    /// <summary>Scheme, host and path base of the request, no trailing slash: "https://example.org".</summary>
    public string BaseUrl { get; }

    public IQueryCollection Query { get; }

    /// <summary>200 for a page at its own URL, 404 when the culture's error page answers an unknown URL.</summary>
    public int StatusCode { get; }

    public bool IsNotFound => StatusCode == StatusCodes.Status404NotFound;

    public string SiteName { get; }

    public CultureNavigation Navigation { get; }

    public string Name => Content.GetName(Culture) ?? string.Empty;

    public string Title => Text("title") ?? Name;

    /// <summary>Site-relative URL of the page in its culture.</summary>
    public string? Url => UrlOf(Content);

    /// <summary>None on 404 answers and in preview (a draft's public URL may not exist yet).</summary>
    public string? CanonicalUrl => IsNotFound || Preview is not null || Url is null ? null : Absolute(Url);

    public string MetaTitle
    {
        get
        {
            var meta = Text("metaTitle");
            if (!string.IsNullOrWhiteSpace(meta))
            {
                return meta;
            }

            return string.Equals(Title, SiteName, StringComparison.OrdinalIgnoreCase) ? SiteName : $"{Title} | {SiteName}";
        }
    }

    public string? MetaDescription => Text("metaDescription") ?? Text("summary") ?? Text("intro");

    /// <summary>Not null when a back-office user previews drafts (never on a public, cacheable page).</summary>
    public PreviewBanner? Preview { get; init; }

    public bool NoIndex => Preview is not null || IsNotFound || Content.ContentType.Alias == "errorPage" || Content.GetBoolean("noIndex");

    /// <summary>An image for Open Graph: the node's "image" or "logo", when it exists.</summary>
    public MediaItem? ShareImage => Media("image") ?? Media("logo");

    // ---- property values (the page's own, or another node's when given) ----

    /// <summary>A string value in the page's culture, falling back to the language's fallback culture; null when empty.</summary>
    public string? Text(string alias, PublishedContent? node = null)
    {
        var value = (node ?? Content).GetString(alias, Culture, Language.FallbackIsoCode);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string NameOf(PublishedContent node) => node.GetName(Culture) ?? node.GetName(_definitions.DefaultLanguage.IsoCode) ?? string.Empty;

    public string TitleOf(PublishedContent node) => Text("title", node) ?? NameOf(node);

    public int? Integer(string alias, PublishedContent? node = null) =>
        PropertyValues.ToInteger((node ?? Content).GetValue(alias, Culture, Language.FallbackIsoCode));

    public DateTime? Date(string alias, PublishedContent? node = null) =>
        PropertyValues.ToDateTime((node ?? Content).GetValue(alias, Culture, Language.FallbackIsoCode));

    public string FormatDate(DateTime date) => date.ToString("D", CultureInfo);

    public IReadOnlyList<string> Strings(string alias, PublishedContent? node = null) =>
        PropertyValues.ToStrings((node ?? Content).GetValue(alias, Culture, Language.FallbackIsoCode));

    public IReadOnlyList<BlockItem> Blocks(string alias, PublishedContent? node = null) =>
        PropertyValues.ToBlocks((node ?? Content).GetValue(alias, Culture, Language.FallbackIsoCode));

    public IReadOnlyList<LinkItem> Links(string alias, PublishedContent? node = null) =>
        ContentLinks.Resolve((node ?? Content).GetValue(alias, Culture, Language.FallbackIsoCode), Snapshot, _urls, Culture);

    public IReadOnlyList<LinkItem> Links(System.Text.Json.JsonElement? value) => ContentLinks.Resolve(value, Snapshot, _urls, Culture);

    public MediaItem? Media(string alias, PublishedContent? node = null) =>
        PropertyValues.ToFirstMediaKey((node ?? Content).GetValue(alias, Culture, Language.FallbackIsoCode)) is { } key ? MediaByKey(key) : null;

    public MediaItem? MediaByKey(Guid key) => Snapshot.GetMedia(key) is { Trashed: false, Url: not null } m ? m : null;

    public string AltText(MediaItem media) =>
        media.AltText.TryGetValue(Culture, out var alt) && !string.IsNullOrEmpty(alt) ? alt
        : Language.FallbackIsoCode is { } f && media.AltText.TryGetValue(f, out alt) && !string.IsNullOrEmpty(alt) ? alt
        : string.Empty;

    // ---- tree and URLs ----

    public string? UrlOf(PublishedContent node) => _urls.GetUrl(Snapshot, node, Culture);

    public string Absolute(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? BaseUrl + url : url;

    /// <summary>Published children that have a URL in this culture, in sort order.</summary>
    public IEnumerable<PublishedContent> Children(PublishedContent? node = null, string? contentTypeAlias = null)
    {
        foreach (var child in Snapshot.GetChildren((node ?? Content).Key))
        {
            if (child.IsPublishedIn(Culture) && (contentTypeAlias is null || child.ContentType.Alias == contentTypeAlias) && UrlOf(child) is not null)
            {
                yield return child;
            }
        }
    }

    /// <summary>True when <paramref name="key"/> is the page or one of its ancestors (menu highlighting).</summary>
    public bool IsInPath(Guid key)
    {
        foreach (var k in Content.PathKeys)
        {
            if (k == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>From home down to the page; empty on the home page and on 404 answers.</summary>
    public IReadOnlyList<Breadcrumb> Breadcrumbs => _breadcrumbs ??= BuildBreadcrumbs();

    /// <summary>The page in each culture it is published in (hreflang), with x-default on the default language.</summary>
    public IReadOnlyList<AlternateLink> Alternates => _alternates ??= BuildAlternates();

    /// <summary>The language switcher: each other language, to this page there or its nearest published ancestor.</summary>
    public IEnumerable<AlternateLink> LanguageSwitch()
    {
        foreach (var language in _definitions.Languages)
        {
            if (string.Equals(language.IsoCode, Culture, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = FindInCulture(language.IsoCode, out var exact);
            if (target is not null)
            {
                yield return new AlternateLink(language.IsoCode, HrefLangOf(language.IsoCode), language.Name, target, exact);
            }
        }
    }

    // ---- dictionary ----

    /// <summary>A UI string in the page's culture, else its fallback culture; the key itself when missing (never throws).</summary>
    public string T(string key) => DictionaryOrNull(key) ?? key;

    /// <summary>A UI string, or <paramref name="fallback"/> when the dictionary has none (labels of data values).</summary>
    public string T(string key, string fallback) => DictionaryOrNull(key) ?? fallback;

    /// <summary>A UI string with placeholders ("{0} of {1} shown"); a malformed editor string is shown unformatted, never thrown.</summary>
    public string Format(string key, params object[] args)
    {
        var text = T(key);
        try
        {
            return string.Format(CultureInfo, text, args);
        }
        catch (FormatException)
        {
            return text;
        }
    }

    public static string HrefLangOf(string culture) => CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;

    private string? DictionaryOrNull(string key)
    {
        if (!Snapshot.Dictionary.TryGetValue(key, out var item))
        {
            return null;
        }

        if (item.Values.Values.TryGetValue(Culture, out var text) && !string.IsNullOrEmpty(text))
        {
            return text;
        }

        return Language.FallbackIsoCode is { } fallback && item.Values.Values.TryGetValue(fallback, out text) && !string.IsNullOrEmpty(text)
            ? text
            : null;
    }

    private string? FindInCulture(string culture, out bool exact)
    {
        exact = true;
        if (!IsNotFound && _urls.GetUrl(Snapshot, Content, culture) is { } url)
        {
            return url;
        }

        exact = false;
        if (!IsNotFound)
        {
            foreach (var ancestor in Snapshot.GetAncestors(Content.Key))
            {
                if (_urls.GetUrl(Snapshot, ancestor, culture) is { } ancestorUrl)
                {
                    return ancestorUrl;
                }
            }
        }

        return _navigationCache.Get(Snapshot, culture).HomeUrl;
    }

    private List<Breadcrumb> BuildBreadcrumbs()
    {
        var crumbs = new List<Breadcrumb>();
        if (IsNotFound || Content.Level <= 1)
        {
            return crumbs;
        }

        foreach (var ancestor in Snapshot.GetAncestors(Content.Key))
        {
            if (UrlOf(ancestor) is { } url)
            {
                crumbs.Add(new Breadcrumb(Text("menuTitle", ancestor) ?? NameOf(ancestor), url, false));
            }
        }

        crumbs.Reverse();
        crumbs.Add(new Breadcrumb(Name, Url ?? string.Empty, true));
        return crumbs;
    }

    private List<AlternateLink> BuildAlternates()
    {
        var list = new List<AlternateLink>();
        if (IsNotFound)
        {
            return list;
        }

        foreach (var language in _definitions.Languages)
        {
            if (Content.IsPublishedIn(language.IsoCode) && _urls.GetUrl(Snapshot, Content, language.IsoCode) is { } url)
            {
                list.Add(new AlternateLink(language.IsoCode, HrefLangOf(language.IsoCode), language.Name, Absolute(url), true));
            }
        }

        var defaultCulture = _definitions.DefaultLanguage.IsoCode;
        if (list.Find(a => string.Equals(a.Culture, defaultCulture, StringComparison.OrdinalIgnoreCase)) is { } x)
        {
            list.Add(x with { HrefLang = "x-default" });
        }

        return list;
    }
}
