using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Endpoints;
using AgriPole.Cms.Imaging.Placeholders;
using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Renditions;
using AgriPole.Cms.Imaging.Serving;
using AgriPole.Cms.Imaging.Uploads;
using AgriPole.Cms.Imaging.Urls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Imaging;

/// <summary>Media files and ImageSharp renditions under /media/, upload validation, the back-office media endpoints.</summary>
public static class ImagingExtensions
{
    public static IHostApplicationBuilder AddCmsImaging(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CmsSettings>().BindConfiguration(CmsSettings.SectionName);
        services.AddOptions<ImagingSettings>()
            .BindConfiguration(ImagingSettings.SectionName)
            .ValidateDataAnnotations()
            .Validate(s => s.DecodeTimeout > TimeSpan.Zero && s.DecodeQueueTimeout >= TimeSpan.Zero, "AgriPole:Imaging timeouts must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton<IPlaceholderImageGenerator, PlaceholderImageGenerator>();
        services.TryAddSingleton<ImagingPaths>();
        services.TryAddSingleton<HardenedImaging>();
        services.TryAddSingleton<ImageInspector>();
        services.TryAddSingleton<ImageDecodeGate>();
        services.TryAddSingleton<RenditionProcessor>();
        services.AddHostedService<RenditionWarmUp>();
        services.TryAddSingleton<RenditionCache>();
        services.TryAddSingleton<MediaCropDefinitions>();
        services.TryAddSingleton<MediaUrlIndex>();
        services.TryAddSingleton<MediaRequestHandler>();
        services.TryAddSingleton<IMediaFileStore, MediaFileStore>();
        services.TryAddSingleton<IMediaUploadValidator, MediaUploadValidator>();
        services.TryAddSingleton<IImageUrlGenerator, ImageUrlGenerator>();
        services.AddSingleton<INotificationHandler<MediaChangedNotification>, RenditionCachePurger>();
        return builder;
    }

    public static WebApplication MapCmsImaging(this WebApplication app)
    {
        // Originals and renditions: only URLs of items in the current snapshot are served (no request path reaches the disk).
        app.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, MediaRequestHandler handler) => handler.HandleAsync(context))
            .WithName("Media")
            .ExcludeFromDescription();
        app.MapMediaUploadEndpoints();
        return app;
    }
}
