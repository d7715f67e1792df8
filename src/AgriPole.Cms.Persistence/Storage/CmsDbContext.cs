using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>
/// The CMS tables. One model for SQLite and PostgreSQL; each provider has its own subclass so that each carries its
/// own migrations (<see cref="SqliteCmsDbContext"/>, <see cref="NpgsqlCmsDbContext"/>).
/// </summary>
public abstract class CmsDbContext : DbContext, IDataProtectionKeyContext
{
    protected CmsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ContentNodeEntity> ContentNodes => Set<ContentNodeEntity>();

    public DbSet<ContentCultureEntity> ContentCultures => Set<ContentCultureEntity>();

    public DbSet<ContentVersionEntity> ContentVersions => Set<ContentVersionEntity>();

    public DbSet<MediaEntity> Media => Set<MediaEntity>();

    public DbSet<DictionaryEntity> DictionaryItems => Set<DictionaryEntity>();

    public DbSet<CacheInstructionEntity> CacheInstructions => Set<CacheInstructionEntity>();

    /// <summary>ASP.NET Data Protection key ring shared by every node (see DataProtection/CmsDataProtectionExtensions).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentNodeEntity>(e =>
        {
            e.ToTable("umbracoNode");
            e.HasKey(x => x.Key);
            e.Property(x => x.ContentTypeAlias).HasMaxLength(100).IsRequired();
            e.Property(x => x.Path).HasMaxLength(4000).IsRequired();
            e.Property(x => x.InvariantValues).IsRequired();
            e.HasIndex(x => new { x.ParentKey, x.SortOrder });
            e.HasIndex(x => x.ContentTypeAlias);
            e.HasMany(x => x.Cultures).WithOne().HasForeignKey(c => c.NodeKey).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContentCultureEntity>(e =>
        {
            e.ToTable("umbracoContentCulture");
            e.HasKey(x => new { x.NodeKey, x.Culture });
            e.Property(x => x.Culture).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(255).IsRequired();
            e.Property(x => x.UrlSegment).HasMaxLength(255).IsRequired();
            e.Property(x => x.PublishedName).HasMaxLength(255);
            e.Property(x => x.PublishedUrlSegment).HasMaxLength(255);
            e.Property(x => x.Values).IsRequired();
        });

        modelBuilder.Entity<ContentVersionEntity>(e =>
        {
            e.ToTable("umbracoContentVersion");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Action).HasMaxLength(20).IsRequired();
            e.Property(x => x.Cultures).HasMaxLength(200);
            e.Property(x => x.PerformingUser).HasMaxLength(255);
            e.HasIndex(x => new { x.NodeKey, x.Id });
        });

        modelBuilder.Entity<MediaEntity>(e =>
        {
            e.ToTable("umbracoMedia");
            e.HasKey(x => x.Key);
            e.Property(x => x.Name).HasMaxLength(255).IsRequired();
            e.Property(x => x.MediaTypeAlias).HasMaxLength(50).IsRequired();
            e.Property(x => x.Path).HasMaxLength(4000).IsRequired();
            e.Property(x => x.Url).HasMaxLength(1000);
            e.Property(x => x.StoragePath).HasMaxLength(1000);
            e.Property(x => x.Extension).HasMaxLength(20);
            e.Property(x => x.Version).HasMaxLength(50);
            e.HasIndex(x => new { x.ParentKey, x.SortOrder });
        });

        modelBuilder.Entity<DictionaryEntity>(e =>
        {
            e.ToTable("cmsDictionary");
            e.HasKey(x => x.Key);
            e.Property(x => x.ItemKey).HasMaxLength(255).IsRequired();
            e.HasIndex(x => x.ItemKey).IsUnique();
        });

        modelBuilder.Entity<CacheInstructionEntity>(e =>
        {
            e.ToTable("umbracoCacheInstruction");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Originator).HasMaxLength(100).IsRequired();
            e.Property(x => x.Instructions).IsRequired();
            e.HasIndex(x => x.UtcStamp);
        });

        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("cmsDataProtectionKey");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.FriendlyName).HasMaxLength(100);
        });

        // Dates are UTC everywhere; SQLite hands them back unspecified, PostgreSQL's timestamptz insists on UTC.
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var utcNullable = new ValueConverter<DateTime?, DateTime?>(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(utc);
                }
                else if (property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(utcNullable);
                }
            }
        }
    }
}
