using AgriPole.Cms.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace AgriPole.Cms.BackOffice.Data;

/// <summary>
/// Reads `ConnectionStrings:umbracoDbDSN` as the content engine does: `|DataDirectory|` is the data folder
/// (AgriPole:Cms:DataFolder, relative to the content root). Kept here until the engine exposes its resolver.
/// </summary>
public static class BackOfficeConnectionString
{
    public const string Name = "umbracoDbDSN";
    public const string SqliteProvider = "Microsoft.Data.Sqlite";
    public const string NpgsqlProvider = "Npgsql";

    public static (string ConnectionString, string Provider) Resolve(IConfiguration configuration, string contentRoot)
    {
        var raw = configuration.GetConnectionString(Name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{Name} is not set.");
        var provider = configuration.GetConnectionString(Name + "_ProviderName") is { Length: > 0 } p ? p : SqliteProvider;
        if (raw.Contains("|DataDirectory|", StringComparison.OrdinalIgnoreCase))
        {
            var dataFolder = configuration[$"{CmsSettings.SectionName}:{nameof(CmsSettings.DataFolder)}"] is { Length: > 0 } d ? d : "App_Data";
            var fullData = Path.GetFullPath(Path.Combine(contentRoot, dataFolder));
            Directory.CreateDirectory(fullData);
            raw = raw.Replace("|DataDirectory|", fullData, StringComparison.OrdinalIgnoreCase);
        }

        return (raw, provider);
    }
}
