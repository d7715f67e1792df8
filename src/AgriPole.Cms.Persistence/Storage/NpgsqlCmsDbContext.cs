using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Persistence.Storage;

/// <summary>The PostgreSQL flavour. It has no migrations yet (a later issue adds them); until then the schema is created from the model.</summary>
public sealed class NpgsqlCmsDbContext(DbContextOptions<NpgsqlCmsDbContext> options) : CmsDbContext(options);
