using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>Brings the schema up to date at start: EF migrations on SQLite; on PostgreSQL (no migrations yet) the model is created.</summary>
public sealed class CmsDatabaseMigrator(CmsDbContextFactory dbFactory, ILogger<CmsDatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var contextType = dbFactory.IsSqlite ? typeof(SqliteCmsDbContext) : typeof(NpgsqlCmsDbContext);
        var known = KnownMigrations(contextType);

        // The usual case (nothing pending) is answered with one plain query, without starting EF's migrator.
        if (known.Count > 0)
        {
            var applied = await ReadAppliedAsync(cancellationToken);
            if (known.All(applied.Contains))
            {
                return;
            }
        }

        await using var db = dbFactory.Create();
        if (known.Count > 0)
        {
            logger.LogInformation("Applying database migrations up to {Migration}", known[^1]);
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            // FIXME: replace by MigrateAsync when the PostgreSQL migrations land.
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
    }

    private static List<string> KnownMigrations(Type contextType) =>
        typeof(CmsDatabaseMigrator).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task<HashSet<string>> ReadAppliedAsync(CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await dbFactory.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = SqlReader.Command(connection, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            // No history table yet: a new database.
        }

        return applied;
    }
}
