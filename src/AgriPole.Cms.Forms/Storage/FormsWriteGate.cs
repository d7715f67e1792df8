using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Storage;

/// <summary>
/// Queues this process's forms writes on SQLite one at a time. SQLite has a single writer; without the queue, fifty
/// simultaneous submissions all try at once and the losers sleep in SQLite's busy handler (back-off steps up to 100 ms),
/// which gave a p95 of ~750 ms at 50 concurrent visitors. In a FIFO queue each waits only for the commits ahead of it.
/// Other processes (another node, the engine) are still handled by busy_timeout. PostgreSQL needs no queue.
/// </summary>
public sealed class FormsWriteGate(IDbContextFactory<FormsDbContext> dbFactory) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // The provider is fixed for the process: asked once, not per write.
    private readonly Lazy<bool> _isSqlite = new(() =>
    {
        using var db = dbFactory.CreateDbContext();
        return db.Database.IsSqlite();
    });

    /// <summary>Enters the queue when the forms database is SQLite; dispose the result to leave it.</summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        if (!_isSqlite.Value)
        {
            return default;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Leaves the queue once; the default value (PostgreSQL) does nothing.</summary>
    public readonly struct Releaser(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
