using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgriPole.Cms.Persistence.DataProtection;

/// <summary>
/// ASP.NET Data Protection (antiforgery tokens, the back-office cookie, the forms' signed render stamp) keyed from the
/// CMS database: every node reads the same key ring and a restart keeps it, so a page rendered by one node posts to
/// another and a sign-in survives a deploy. The database is the truth (house rule), not a node's file system.
/// With `AgriPole:DataProtection:CertificatePath` the keys are encrypted at rest with that certificate
/// (<see cref="DataProtectionSettings"/>); a path that cannot be read stops the start with a message naming it.
/// </summary>
public static class CmsDataProtectionExtensions
{
    /// <summary>Nodes must share the application name: it is part of every protector's purpose chain.</summary>
    public const string ApplicationName = "AgriPole.Web";

    public static IServiceCollection AddCmsDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(DataProtectionSettings.SectionName).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        // EF's key repository resolves the context from a scope; the context is created by the engine's factory
        // (provider from ConnectionStrings:umbracoDbDSN_ProviderName, compiled model on SQLite).
        services.TryAddScoped<CmsDbContext>(sp => sp.GetRequiredService<CmsDbContextFactory>().Create());
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CmsDbContext>();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var current = Load(settings.CertificatePath, settings.CertificatePassword, "CertificatePath");
            dataProtection.ProtectKeysWithCertificate(current);
            var previous = settings.PreviousCertificatePaths
                .Select((path, i) => Load(path, settings.CertificatePassword, $"PreviousCertificatePaths:{i}"));
            dataProtection.UnprotectKeysWithAnyCertificate([current, .. previous]);
        }

        return services;
    }

    private static X509Certificate2 Load(string path, string? password, string key)
    {
        if (!File.Exists(path))
        {
            throw new CmsConfigurationException($"{DataProtectionSettings.SectionName}:{key}: the certificate file '{path}' does not exist.");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new CmsConfigurationException($"{DataProtectionSettings.SectionName}:{key}: '{path}' has no private key; the key ring needs one to be read back.");
            }

            return certificate;
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new CmsConfigurationException($"{DataProtectionSettings.SectionName}:{key}: cannot read the certificate '{path}' ({ex.Message}).", ex);
        }
    }
}
