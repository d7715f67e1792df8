namespace AgriPole.Web;

/// <summary>The public site: routing of published content, Razor views per document type, SEO files, security headers.</summary>
public static class PublicSiteExtensions
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        return builder;
    }

    public static WebApplication UsePublicSiteMiddleware(this WebApplication app)
    {
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapPublicSite(this WebApplication app)
    {
        return app;
    }
}
