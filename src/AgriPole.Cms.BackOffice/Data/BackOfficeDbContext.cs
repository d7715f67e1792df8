using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Data;

/// <summary>
/// Back-office users, roles and workflow tables, in the content database (same connection string) but with their own
/// migrations history table, so the content engine's migrations and these never step on each other.
/// </summary>
public sealed class BackOfficeDbContext(DbContextOptions<BackOfficeDbContext> options)
    : IdentityDbContext<BackOfficeUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__BackOfficeMigrationsHistory";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RedirectUrl> RedirectUrls => Set<RedirectUrl>();

    public DbSet<ScheduledAction> ScheduledActions => Set<ScheduledAction>();

    public DbSet<LoginAttempt> LoginAttempts => Set<LoginAttempt>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<BackOfficeUser>(u =>
        {
            u.Property(x => x.Name).HasMaxLength(256);
            u.Property(x => x.UiCulture).HasMaxLength(16);
        });

        builder.Entity<AuditEntry>(a =>
        {
            a.ToTable("backOfficeAudit");
            a.Property(x => x.User).HasMaxLength(256);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.Culture).HasMaxLength(16);
            a.Property(x => x.Details).HasMaxLength(2000);
            a.HasIndex(x => x.Timestamp);
            a.HasIndex(x => x.NodeKey);
        });

        builder.Entity<RedirectUrl>(r =>
        {
            r.ToTable("backOfficeRedirectUrl");
            r.Property(x => x.OldUrl).HasMaxLength(1000);
            r.Property(x => x.Culture).HasMaxLength(16);
            r.HasIndex(x => x.OldUrl).IsUnique();
            r.HasIndex(x => x.ContentKey);
        });

        builder.Entity<ScheduledAction>(s =>
        {
            s.ToTable("backOfficeContentSchedule");
            s.Property(x => x.Culture).HasMaxLength(16);
            s.Property(x => x.Action).HasMaxLength(16);
            s.Property(x => x.CreatedBy).HasMaxLength(256);
            s.Property(x => x.Outcome).HasMaxLength(2000);
            s.HasIndex(x => new { x.CompletedAt, x.RunAt });
        });

        builder.Entity<LoginAttempt>(l =>
        {
            l.ToTable("backOfficeLoginAttempt");
            l.Property(x => x.ClientKey).HasMaxLength(64);
            l.HasIndex(x => new { x.ClientKey, x.AttemptedUnixMs });
            l.HasIndex(x => x.AttemptedUnixMs);
        });
    }
}
