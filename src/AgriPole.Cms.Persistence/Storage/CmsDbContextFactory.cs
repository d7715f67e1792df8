using System.Data.Common;
using AgriPole.Cms.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>
/// Creates the provider's context from ConnectionStrings:umbracoDbDSN and its _ProviderName (Umbraco's keys).
/// "|DataDirectory|" in the connection string is the DataFolder, created if missing.
/// </summary>
public sealed class CmsDbContextFactory
{
    public const string ConnectionStringName = "umbracoDbDSN";
    public const string SqliteProvider = "Microsoft.Data.Sqlite";
    public const string NpgsqlProvider = "Npgsql";

    private readonly DbContextOptions<SqliteCmsDbContext>? _sqlite;
    private readonly DbContextOptions<NpgsqlCmsDbContext>? _npgsql;

    public CmsDbContextFactory(IConfiguration configuration, IOptions<CmsSettings> settings, IHostEnvironment environment)
    {
        DataFolder = CmsPaths.ResolveDataFolder(settings.Value.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(DataFolder);
        var raw = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(raw))
        {
            raw = "Data Source=|DataDirectory|/Umbraco.sqlite.db;Foreign Keys=True;Pooling=True";
        }

        ConnectionString = raw.Replace("|DataDirectory|", DataFolder, StringComparison.OrdinalIgnoreCase);
        Provider = configuration.GetConnectionString(ConnectionStringName + "_ProviderName") is { Length: > 0 } p ? p : SqliteProvider;
        if (string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase) || string.Equals(Provider, "System.Data.SQLite", StringComparison.OrdinalIgnoreCase))
        {
            ConnectionString = SqliteConnectionStrings.WithPrivateCache(ConnectionString);
            _sqlite = new DbContextOptionsBuilder<SqliteCmsDbContext>()
                .UseSqlite(ConnectionString)

                // The compiled model spares building the model at every start (regenerate it when entities change: see README).
                .UseModel(CompiledModels.SqliteCmsDbContextModel.Instance)
                .AddInterceptors(new SqlitePragmaInterceptor())
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .Options;
        }
        else if (string.Equals(Provider, NpgsqlProvider, StringComparison.OrdinalIgnoreCase))
        {
            _npgsql = new DbContextOptionsBuilder<NpgsqlCmsDbContext>()
                .UseNpgsql(ConnectionString)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .Options;
        }
        else
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName}_ProviderName '{Provider}' is not supported (use {SqliteProvider} or {NpgsqlProvider}).");
        }
    }

    /// <summary>Absolute App_Data folder: database, index, media.</summary>
    public string DataFolder { get; }

    public string ConnectionString { get; }

    public string Provider { get; }

    public bool IsSqlite => _sqlite is not null;

    /// <summary>
    /// An open connection outside EF, for the few start-up reads done in plain SQL (no query compilation on the path to
    /// the first page). SQLite connections get the same pragmas as EF's.
    /// </summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = _sqlite is not null ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (_sqlite is not null)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = SqlitePragmaInterceptor.Pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public CmsDbContext Create() => _sqlite is not null ? new SqliteCmsDbContext(_sqlite) : new NpgsqlCmsDbContext(_npgsql!);
}
