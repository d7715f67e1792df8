using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Imaging;

/// <summary>Media files and ImageSharp renditions under /media/.</summary>
public static class ImagingExtensions
{
    public static IHostApplicationBuilder AddCmsImaging(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapCmsImaging(this WebApplication app)
    {
        return app;
    }
}
