using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AgriPole.Cms.Forms.Storage;

/// <summary>
/// Pragmas for every forms connection: WAL (readers never block the writer), a busy timeout (wait for the engine's
/// writer instead of failing) and synchronous=FULL, so an entry acknowledged to a visitor survives even a power cut,
/// not only a killed process. Form posts are rare enough for the extra fsync.
/// </summary>
public sealed class FormsSqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
