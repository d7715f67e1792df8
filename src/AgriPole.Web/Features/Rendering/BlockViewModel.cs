namespace AgriPole.Web.Features.Rendering;

/// <summary>The model of Views/Blocks/&lt;elementAlias&gt;.cshtml: the block and the page it sits on.</summary>
public sealed record BlockViewModel(PageViewModel Page, BlockItem Block);
