namespace AgriPole.Web.Features.Rendering;

/// <summary>
/// Set on a page model only when a back-office user previews drafts: the layout then shows the banner (in the
/// editor's language, not the page's) and marks the page noindex, nofollow.
/// </summary>
/// <param name="Text">"Preview — unpublished draft", in the editor's UI language.</param>
/// <param name="Lang">The editor's UI language ("fr", "en") for the banner's lang attribute.</param>
/// <param name="EditorLabel">Text of the link back to the editor.</param>
/// <param name="EditorUrl">The back-office editor of the previewed node.</param>
public sealed record PreviewBanner(string Text, string Lang, string EditorLabel, string EditorUrl);
