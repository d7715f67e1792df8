using AgriPole.Cms.Persistence.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgriPole.Cms.Persistence.DataProtection;

/// <summary>
/// ASP.NET Data Protection (antiforgery tokens, the back-office cookie, the forms' signed render stamp) keyed from the
/// CMS database: every node reads the same key ring and a restart keeps it, so a page rendered by one node posts to
/// another and a sign-in survives a deploy. The database is the truth (house rule), not a node's file system.
/// </summary>
public static class CmsDataProtectionExtensions
{
    /// <summary>Nodes must share the application name: it is part of every protector's purpose chain.</summary>
    public const string ApplicationName = "AgriPole.Web";

    public static IServiceCollection AddCmsDataProtection(this IServiceCollection services)
    {
        // EF's key repository resolves the context from a scope; the context is created by the engine's factory
        // (provider from ConnectionStrings:umbracoDbDSN_ProviderName, compiled model on SQLite).
        services.TryAddScoped<CmsDbContext>(sp => sp.GetRequiredService<CmsDbContextFactory>().Create());
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CmsDbContext>();
        return services;
    }
}
