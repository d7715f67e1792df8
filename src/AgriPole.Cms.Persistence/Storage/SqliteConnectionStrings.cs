using Microsoft.Data.Sqlite;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>Normalises the SQLite connection string every context of the process opens the CMS database with.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>
    /// The connection string with a private cache for a file database. Umbraco's default string asks for
    /// <c>Cache=Shared</c>, but a shared cache replaces WAL's "readers never block the writer" with table locks inside
    /// the process: an editor's save then fails with SQLITE_LOCKED while any request reads the same table, and
    /// Microsoft.Data.Sqlite retries in 150 ms sleeps (saves of 0.3 to 1.4 s with four editors at once, and
    /// "database table is locked" after 30 s under heavier contention). In-memory databases keep a shared cache
    /// (it is how their connections see one database).
    /// </summary>
    public static string WithPrivateCache(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory
            || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
        if (inMemory || builder.Cache != SqliteCacheMode.Shared)
        {
            return connectionString;
        }

        builder.Cache = SqliteCacheMode.Default;
        return builder.ConnectionString;
    }
}
