using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Configuration;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>Everything one request renders with: one snapshot, one culture, the settings. Built once per request.</summary>
public sealed class DeliveryApiContext
{
    public DeliveryApiContext(
        IPublishedSnapshot snapshot,
        string culture,
        IReadOnlyList<Language> languages,
        Func<string, ContentType?> contentTypes,
        DeliveryApiSettings settings,
        IPublishedSnapshot? publishedSnapshot = null)
    {
        Snapshot = snapshot;
        Culture = culture;
        Languages = languages;
        ContentTypes = contentTypes;
        Settings = settings;
        PublishedSnapshot = publishedSnapshot ?? snapshot;
        DefaultCulture = languages.FirstOrDefault(l => l.IsDefault)?.IsoCode ?? (languages.Count > 0 ? languages[0].IsoCode : null) ?? culture;
        FallbackCulture = languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.FallbackIsoCode;
    }

    /// <summary>The snapshot everything is read from (a preview snapshot when previewing).</summary>
    public IPublishedSnapshot Snapshot { get; }

    /// <summary>The live snapshot; in preview it tells which items are unpublished (they get a "/preview-{key}/" route).</summary>
    public IPublishedSnapshot PublishedSnapshot { get; }

    public bool IsPreview => Snapshot.IsPreview;

    /// <summary>The request culture (a configured ISO code, or an unknown well-formed one as Umbraco allows).</summary>
    public string Culture { get; }

    public string? FallbackCulture { get; }

    public string DefaultCulture { get; }

    public IReadOnlyList<Language> Languages { get; }

    /// <summary>Element and document types by alias, for block elements.</summary>
    public Func<string, ContentType?> ContentTypes { get; }

    public DeliveryApiSettings Settings { get; }

    /// <summary>The Start-Item header's root node, if any.</summary>
    public PublishedContent? StartItem { get; init; }

    /// <summary>Same request, another culture (for the "cultures" routes).</summary>
    public DeliveryApiContext WithCulture(string culture) =>
        new(Snapshot, culture, Languages, ContentTypes, Settings, PublishedSnapshot) { StartItem = StartItem };
}
