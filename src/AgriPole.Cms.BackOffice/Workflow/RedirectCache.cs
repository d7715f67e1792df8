using System.Collections.Frozen;
using AgriPole.Cms.BackOffice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Workflow;

/// <summary>
/// The redirects table in memory, so the public site pays a dictionary lookup per 404, not a query. Reloaded when this
/// node records a redirect and at least every 30 seconds (other nodes' changes; the database is the truth).
/// </summary>
public sealed class RedirectCache(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Entry? current;

    public void Invalidate() => current = null;

    public void Dispose() => gate.Dispose();

    public async ValueTask<RedirectUrl?> FindAsync(string path, CancellationToken cancellationToken)
    {
        var entry = current;
        if (entry is null || clock.GetUtcNow() - entry.LoadedAt > MaxAge)
        {
            entry = await LoadAsync(cancellationToken);
        }

        return entry.ByUrl.TryGetValue(Normalise(path), out var r) ? r : null;
    }

    /// <summary>Lower case, with a trailing slash: how routes are compared.</summary>
    public static string Normalise(string path)
    {
        var p = path.ToLowerInvariant();
        return p.EndsWith('/') ? p : p + "/";
    }

    private async Task<Entry> LoadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } fresh && clock.GetUtcNow() - fresh.LoadedAt <= MaxAge)
            {
                return fresh;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>();
            var all = await db.RedirectUrls.AsNoTracking().ToListAsync(cancellationToken);
            var entry = new Entry(all.GroupBy(r => r.OldUrl).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase), clock.GetUtcNow());
            current = entry;
            return entry;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Entry(FrozenDictionary<string, RedirectUrl> ByUrl, DateTimeOffset LoadedAt);
}
