using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Endpoints;
using AgriPole.Cms.DeliveryApi.OpenApi;
using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Querying.Filters;
using AgriPole.Cms.DeliveryApi.Querying.Selectors;
using AgriPole.Cms.DeliveryApi.Querying.Sorts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.DeliveryApi;

/// <summary>Umbraco's Content Delivery API v2 under /umbraco/delivery/api/v2.</summary>
public static class DeliveryApiExtensions
{
    public const string BasePath = "/umbraco/delivery/api/v2";

    public static IHostApplicationBuilder AddDeliveryApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryApiSettings>()
            .Bind(builder.Configuration.GetSection(DeliveryApiSettings.SectionName))
            .Validate(s => s.Media is not null && s.OutputCache is not null, "Umbraco:CMS:DeliveryApi: Media and OutputCache must be objects.")
            .Validate(s => s.OutputCache.ContentDuration >= TimeSpan.Zero && s.OutputCache.MediaDuration >= TimeSpan.Zero, "Umbraco:CMS:DeliveryApi:OutputCache: durations must not be negative.")
            .Validate(s => s.PublicAccess || !string.IsNullOrEmpty(s.ApiKey) || !s.Enabled, "Umbraco:CMS:DeliveryApi: PublicAccess=false needs an ApiKey, or nobody can read the API.")
            .Validate(s => s.DisallowedContentTypeAliases.All(a => !string.IsNullOrWhiteSpace(a)), "Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases: blank alias.")
            .ValidateOnStart();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);

        // The query options: each its own small class, tried in this order (Umbraco's handlers from DI come after).
        services.AddSingleton<IContentSelector, ChildrenSelector>();
        services.AddSingleton<IContentSelector, DescendantsSelector>();
        services.AddSingleton<IContentSelector, AncestorsSelector>();
        services.AddSingleton<IContentFilter, ContentTypeFilter>();
        services.AddSingleton<IContentFilter, NameFilter>();
        services.AddSingleton<IContentFilter, CreateDateFilter>();
        services.AddSingleton<IContentFilter, UpdateDateFilter>();
        services.AddSingleton<IContentFilter, SearchFilter>();
        services.AddSingleton<IContentSort, CreateDateSort>();
        services.AddSingleton<IContentSort, UpdateDateSort>();
        services.AddSingleton<IContentSort, LevelSort>();
        services.AddSingleton<IContentSort, NameSort>();
        services.AddSingleton<IContentSort, SortOrderSort>();
        services.AddSingleton<IContentSort, PathSort>();
        services.AddSingleton<IContentSort, RelevanceSort>();
        services.AddSingleton<ContentQueryService>();

        services.AddSingleton<DeliveryApiOutputCache>();
        services.AddSingleton<INotificationHandler<PublishedSnapshotChangedNotification>, DeliveryApiCacheRefresher>();
        services.AddSingleton<DeliveryApiRequestFactory>();
        services.AddSingleton<ContentEndpoints>();
        services.AddSingleton<MediaEndpoints>();
        services.AddSingleton<DictionaryEndpoints>();
        return builder;
    }

    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        var api = app.MapGroup(BasePath);
        var content = app.Services.GetRequiredService<ContentEndpoints>();
        var media = app.Services.GetRequiredService<MediaEndpoints>();
        var dictionary = app.Services.GetRequiredService<DictionaryEndpoints>();

        // A GUID always means by-id; anything else (the empty path included) is a route (Umbraco's {id:guid} and {*path}).
        api.MapGet("/content/item/{id:guid}", content.ByIdAsync).WithName("GetContentItemById2.0");
        api.MapGet("/content/item/{**path}", content.ByPathAsync).WithName("GetContentItemByPath2.0");
        api.MapGet("/content/items", content.ItemsAsync).WithName("GetContentItems2.0");
        api.MapGet("/content", content.QueryAsync).WithName("GetContent2.0");
        api.MapGet("/media/item/{id:guid}", media.ByIdAsync).WithName("GetMediaItemById2.0");
        api.MapGet("/media/item/{**path}", media.ByPathAsync).WithName("GetMediaItemByPath2.0");
        api.MapGet("/media/items", media.ItemsAsync).WithName("GetMediaItems2.0");
        api.MapGet("/media", media.QueryAsync).WithName("GetMedia2.0");
        api.MapGet("/dictionary", dictionary.GetAsync).WithName("GetDictionary2.0");

        app.MapGet("/umbraco/swagger/delivery/swagger.json", (HttpContext http) =>
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            return http.Response.Body.WriteAsync(DeliveryApiOpenApiDocument.Bytes).AsTask();
        });
        var referencePage = new Lazy<string>(DeliveryApiOpenApiDocument.RenderReferencePage);
        app.MapGet("/umbraco/swagger", () => Results.Content(referencePage.Value, "text/html; charset=utf-8"));
        return app;
    }
}
