using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Placeholders;
using AgriPole.Cms.Imaging.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Imaging;

/// <summary>Media files and ImageSharp renditions under /media/.</summary>
public static class ImagingExtensions
{
    public static IHostApplicationBuilder AddCmsImaging(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IPlaceholderImageGenerator, PlaceholderImageGenerator>();
        builder.Services.TryAddSingleton<MediaFileResolver>();
        return builder;
    }

    public static WebApplication MapCmsImaging(this WebApplication app)
    {
        app.MapMediaFiles();
        return app;
    }
}
