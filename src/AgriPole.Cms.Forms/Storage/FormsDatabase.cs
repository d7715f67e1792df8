using AgriPole.Cms.Core.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace AgriPole.Cms.Forms.Storage;

/// <summary>Resolves the CMS connection string (Umbraco's umbracoDbDSN) and configures the forms context on it.</summary>
public static class FormsDatabase
{
    public const string ConnectionStringName = "umbracoDbDSN";
    public const string SqliteProvider = "Microsoft.Data.Sqlite";
    public const string NpgsqlProvider = "Npgsql";

    /// <summary>The connection string with |DataDirectory| replaced by the absolute data folder, and the provider name.</summary>
    public static (string ConnectionString, string Provider) Resolve(IConfiguration configuration, string contentRoot)
    {
        // The engine's rule for App_Data, so both contexts open the same file.
        var dataFolder = CmsPaths.ResolveDataFolder(configuration["AgriPole:Cms:DataFolder"] is { Length: > 0 } df ? df : "App_Data", contentRoot);
        var cs = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(cs))
        {
            cs = "Data Source=|DataDirectory|/Umbraco.sqlite.db;Foreign Keys=True;Pooling=True";
        }

        var provider = configuration[$"ConnectionStrings:{ConnectionStringName}_ProviderName"];
        provider = string.IsNullOrWhiteSpace(provider) ? SqliteProvider : provider;
        if (cs.Contains("|DataDirectory|", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(dataFolder);
            cs = cs.Replace("|DataDirectory|", dataFolder, StringComparison.OrdinalIgnoreCase);
        }

        return (cs, provider);
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString, string provider)
    {
        if (string.Equals(provider, NpgsqlProvider, StringComparison.OrdinalIgnoreCase))
        {
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(FormsDbContext.MigrationsHistoryTable));
        }
        else
        {
            if (connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
            {
                var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
                if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
                {
                    Directory.CreateDirectory(dir);
                }
            }

            // A private cache, as the engine's factory does (AgriPole.Cms.Persistence SqliteConnectionStrings): a shared
            // cache turns WAL's concurrent readers into table locks that a writer waits out in 150 ms retries.
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
            if (builder.Cache == Microsoft.Data.Sqlite.SqliteCacheMode.Shared && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
            {
                builder.Cache = Microsoft.Data.Sqlite.SqliteCacheMode.Default;
                connectionString = builder.ConnectionString;
            }

            options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(FormsDbContext.MigrationsHistoryTable))
                .AddInterceptors(new FormsSqlitePragmaInterceptor());
        }
    }

    /// <summary>Applies pending migrations (SQLite connections are switched to WAL by <see cref="FormsSqlitePragmaInterceptor"/>).</summary>
    public static void Migrate(FormsDbContext db) => db.Database.Migrate();
}
