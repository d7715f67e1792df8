namespace AgriPole.Cms.Core.Models;

/// <summary>A language of the site, from umbraco-config/languages.json.</summary>
/// <param name="IsoCode">Culture name as Umbraco writes it: "fr-FR", "en-US".</param>
/// <param name="FallbackIsoCode">Culture whose values are used when this one has none (Umbraco's language fallback).</param>
public sealed record Language(string IsoCode, string Name, bool IsDefault, bool IsMandatory, string? FallbackIsoCode);

/// <summary>Binds a culture to a host and path prefix (Umbraco's "culture and hostnames"), e.g. en-US at "/en".</summary>
/// <param name="Host">Null binds the culture on any host.</param>
/// <param name="PathPrefix">"/" or "/en": no trailing slash except the root.</param>
public sealed record DomainBinding(string Culture, string? Host, string PathPrefix);
