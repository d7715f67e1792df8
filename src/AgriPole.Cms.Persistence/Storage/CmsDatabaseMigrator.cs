using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>Brings the schema up to date at start: EF migrations on SQLite; on PostgreSQL (no migrations yet) the model is created.</summary>
public sealed class CmsDatabaseMigrator(CmsDbContextFactory dbFactory, ILogger<CmsDatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        if (db.Database.GetMigrations().Any())
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        else
        {
            // FIXME: replace by MigrateAsync when the PostgreSQL migrations land.
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
    }
}
