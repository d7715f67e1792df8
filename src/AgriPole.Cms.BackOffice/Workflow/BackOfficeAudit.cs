using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.Persistence.Storage;

namespace AgriPole.Cms.BackOffice.Workflow;

/// <summary>Writes the audit log, queued with this process's other CMS writes (<see cref="CmsWriteGate"/>).</summary>
public sealed class BackOfficeAudit(BackOfficeDbContext db, CmsWriteGate writeGate, TimeProvider clock)
{
    public async Task WriteAsync(string user, string action, Guid? nodeKey = null, string? culture = null, string? details = null, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Timestamp = clock.GetUtcNow().UtcDateTime,
            User = user.Length > 256 ? user[..256] : user,
            Action = action,
            NodeKey = nodeKey,
            Culture = culture,
            Details = details is { Length: > 2000 } ? details[..2000] : details,
        });
        using var queued = await writeGate.EnterAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
