using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AgriPole.Web.Features.Caching;
using AgriPole.Web.Features.Errors;
using AgriPole.Web.Features.Navigation;
using AgriPole.Web.Features.Rendering;
using AgriPole.Web.Features.Routing;
using AgriPole.Web.Features.Security;
using AgriPole.Web.Features.Seo;
using AgriPole.Web.Features.StaticAssets;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace AgriPole.Web;

/// <summary>The public site: routing of published content, Razor views per document type, SEO files, security headers.</summary>
public static class PublicSiteExtensions
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();

        // Encode only what HTML needs (<, >, &, quotes...): French text stays readable and pages stay small.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<PublicSiteSettings>()
            .Bind(builder.Configuration.GetSection(PublicSiteSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SiteBaseUrl>();
        builder.Services.AddSingleton<NavigationCache>();
        builder.Services.AddSingleton<PageOutputCache>();
        builder.Services.AddSingleton<IQueryPageCachePolicy, Features.Search.SearchPageCachePolicy>();
        builder.Services.AddSingleton<PageRenderer>();
        builder.Services.AddSingleton<PublishedContentEndpoint>();
        builder.Services.AddSingleton<SitemapXmlEndpoint>();
        builder.Services.AddSingleton<Features.Preview.PreviewEndpoint>();
        builder.Services.AddSingleton<Features.Forms.IFormRenderer, Features.Forms.CmsFormRenderer>();

        // Only static text assets: pages compress their own cached bytes, and nothing secret is ever compressed (BREACH).
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/xml", "text/plain"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Error handling, security headers, HSTS, compression and static files, then routing (so the catch-all never shadows a file).</summary>
    public static WebApplication UsePublicSiteMiddleware(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponses.HandleExceptionAsync });
            app.UseHsts();
        }

        app.UseStatusCodePages(ErrorResponses.HandleStatusCodeAsync);
        app.UseResponseCompression();
        app.UseStaticFiles(StaticAssetOptions.Create());
        app.UseRouting();
        return app;
    }

    public static WebApplication MapPublicSite(this WebApplication app)
    {
        string[] getHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/robots.txt", getHead, RobotsTxtEndpoint.Handle);
        app.MapMethods("/sitemap.xml", getHead, (HttpContext context, SitemapXmlEndpoint sitemap) => sitemap.HandleAsync(context));

        Features.Preview.PreviewEndpoint.Map(app);

        // Last resort for every other path: published content, else the culture's 404 page.
        app.MapFallback("{**path}", (HttpContext context, PublishedContentEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
