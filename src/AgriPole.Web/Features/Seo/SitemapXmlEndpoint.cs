using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Seo;

/// <summary>
/// /sitemap.xml: every published, routable page that is not noIndex (nor the 404 page), per culture, with its
/// hreflang alternates (xhtml:link) and lastmod. Built once per (snapshot version, base URL).
/// </summary>
public sealed class SitemapXmlEndpoint(IPublishedSnapshotAccessor snapshotAccessor, IPublishedUrlProvider urls, ICmsDefinitions definitions, SiteBaseUrl siteBaseUrl)
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";
    private Generation _cache = new(-1);

    public async Task HandleAsync(HttpContext context)
    {
        var snapshot = snapshotAccessor.Current;
        var request = context.Request;
        var baseUrl = siteBaseUrl.For(request);
        var cache = _cache;
        if (cache.Version != snapshot.Version)
        {
            cache = new Generation(snapshot.Version);
            _cache = cache;
        }

        var bytes = cache.ByBaseUrl.Count < 50
            ? cache.ByBaseUrl.GetOrAdd(baseUrl, b => Build(snapshot, b))
            : cache.ByBaseUrl.TryGetValue(baseUrl, out var hit) ? hit : Build(snapshot, baseUrl);
        context.Response.ContentType = "application/xml; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await context.Response.Body.WriteAsync(bytes);
        }
    }

    public byte[] Build(IPublishedSnapshot snapshot, string baseUrl)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            var alternates = new List<(string HrefLang, string Url)>();
            foreach (var node in snapshot.All)
            {
                if (node.ContentType.IsElement || node.ContentType.Alias == "errorPage" || node.GetBoolean("noIndex"))
                {
                    continue;
                }

                alternates.Clear();
                foreach (var language in definitions.Languages)
                {
                    if (node.IsPublishedIn(language.IsoCode) && urls.GetUrl(snapshot, node, language.IsoCode) is { } url)
                    {
                        alternates.Add((PageViewModel.HrefLangOf(language.IsoCode), baseUrl + url));
                        if (language.IsDefault)
                        {
                            alternates.Add(("x-default", baseUrl + url));
                        }
                    }
                }

                foreach (var language in definitions.Languages)
                {
                    if (!node.Cultures.TryGetValue(language.IsoCode, out var published)
                        || urls.GetUrl(snapshot, node, language.IsoCode) is not { } url)
                    {
                        continue;
                    }

                    xml.WriteStartElement("url", SitemapNs);
                    xml.WriteElementString("loc", SitemapNs, baseUrl + url);
                    var lastModified = published.PublishDate > node.UpdateDate ? published.PublishDate : node.UpdateDate;
                    if (lastModified > DateTime.MinValue)
                    {
                        xml.WriteElementString("lastmod", SitemapNs, lastModified.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    if (alternates.Count > 1)
                    {
                        foreach (var (hrefLang, href) in alternates)
                        {
                            xml.WriteStartElement("xhtml", "link", XhtmlNs);
                            xml.WriteAttributeString("rel", "alternate");
                            xml.WriteAttributeString("hreflang", hrefLang);
                            xml.WriteAttributeString("href", href);
                            xml.WriteEndElement();
                        }
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>One object per version, swapped by reference, so a reader never sees a version with another's entries.</summary>
    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, byte[]> ByBaseUrl { get; } = new(StringComparer.Ordinal);
    }
}
