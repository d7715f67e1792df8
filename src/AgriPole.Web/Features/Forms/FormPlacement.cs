using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Forms;

/// <summary>A form picked on a page (contactPage.form) or in a formBlock.</summary>
public sealed record FormPlacement(PageViewModel Page, string? FormAlias);
