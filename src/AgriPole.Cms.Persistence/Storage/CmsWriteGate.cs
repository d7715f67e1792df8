namespace AgriPole.Cms.Persistence.Storage;

/// <summary>
/// This process's writes to the CMS database, one at a time and in arrival order: content and media transactions and
/// the back-office's own rows (audit, redirects) written around them. SQLite has one writer; two of this process's
/// writers racing each other wait in SQLite's busy handler instead (sleeps up to 100 ms, or Microsoft.Data.Sqlite's
/// 150 ms retries), which is what made four editors publishing at once miss their latency target. Other processes
/// (another node) are still handled by busy_timeout. Held for a transaction only: never across a snapshot refresh or
/// notification handlers (which may write themselves).
/// </summary>
public sealed class CmsWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Enters the queue; dispose the result to leave it.</summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Leaves the queue once.</summary>
    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
