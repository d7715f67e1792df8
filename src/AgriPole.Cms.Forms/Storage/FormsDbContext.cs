using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Storage;

/// <summary>
/// The forms tables, on the CMS database (same connection string) with their own migrations history table, so the
/// feature migrates independently of the content engine.
/// </summary>
public sealed class FormsDbContext(DbContextOptions<FormsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__AgriPoleFormsMigrationsHistory";

    public DbSet<FormEntry> Entries => Set<FormEntry>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<NewsletterSubscription> NewsletterSubscriptions => Set<NewsletterSubscription>();

    public DbSet<FormsRateLimitHit> RateLimitHits => Set<FormsRateLimitHit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FormEntry>(e =>
        {
            e.ToTable("formsEntry");
            e.HasKey(x => x.Key);
            e.Property(x => x.FormAlias).HasMaxLength(64);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.Email).HasMaxLength(254);
            e.Property(x => x.ClientIpHash).HasMaxLength(64);
            e.Property(x => x.IdempotencyToken).HasMaxLength(100);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.IdempotencyToken).IsUnique();
            e.HasIndex(x => new { x.FormAlias, x.CreatedUtc });
            e.HasIndex(x => x.Email);
        });

        modelBuilder.Entity<OutboxMail>(e =>
        {
            e.ToTable("formsOutboxMail");
            e.HasKey(x => x.Id);
            e.Property(x => x.To).HasMaxLength(254);
            e.Property(x => x.ReplyTo).HasMaxLength(254);
            e.Property(x => x.Subject).HasMaxLength(300);
            e.Property(x => x.DedupeKey).HasMaxLength(400);
            e.Property(x => x.LeaseOwner).HasMaxLength(100);
            e.HasIndex(x => x.DedupeKey).IsUnique();
            e.HasIndex(x => new { x.SentUtc, x.NextAttemptUtc });
            e.HasIndex(x => x.EntryKey);
        });

        modelBuilder.Entity<NewsletterSubscription>(e =>
        {
            e.ToTable("formsNewsletterSubscription");
            e.HasKey(x => x.Key);
            e.Property(x => x.Email).HasMaxLength(254);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.Email);
            e.HasIndex(x => x.TokenHash).IsUnique();
        });

        modelBuilder.Entity<FormsRateLimitHit>(e =>
        {
            e.ToTable("formsRateLimitHit");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(32);
            e.Property(x => x.ClientIpHash).HasMaxLength(64);
            e.HasIndex(x => new { x.ClientIpHash, x.AttemptedUnixMs });
            e.HasIndex(x => x.AttemptedUnixMs);
        });
    }
}
