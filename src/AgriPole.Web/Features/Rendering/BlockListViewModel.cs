namespace AgriPole.Web.Features.Rendering;

/// <param name="CssClass">Class of the wrapping element ("blocks", "highlights").</param>
public sealed record BlockListViewModel(PageViewModel Page, IReadOnlyList<BlockItem> Blocks, string CssClass = "blocks");
