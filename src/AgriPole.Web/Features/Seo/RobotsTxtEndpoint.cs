using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Seo;

/// <summary>/robots.txt: everything allowed but the back-office and APIs under /umbraco/, and where the sitemap is.</summary>
public static class RobotsTxtEndpoint
{
    public static IResult Handle(HttpRequest request, SiteBaseUrl siteBaseUrl)
    {
        var sitemap = siteBaseUrl.For(request) + "/sitemap.xml";
        return Results.Text($"User-agent: *\nAllow: /\nDisallow: /umbraco/\n\nSitemap: {sitemap}\n", "text/plain; charset=utf-8");
    }
}
