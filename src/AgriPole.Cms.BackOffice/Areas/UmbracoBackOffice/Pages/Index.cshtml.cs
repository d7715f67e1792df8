using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>The dashboard.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet() => Response.Headers.CacheControl = "no-store";
}
