namespace AgriPole.Web.Features.Rendering;

/// <summary>The same page in another culture (hreflang alternates, language switcher).</summary>
/// <param name="HrefLang">"fr", "en" or "x-default".</param>
/// <param name="Url">Site-relative URL.</param>
/// <param name="IsExact">False when the switcher falls back to the nearest published ancestor.</param>
public sealed record AlternateLink(string Culture, string HrefLang, string Label, string Url, bool IsExact);
