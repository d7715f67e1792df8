using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>The SQLite flavour; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);
