using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AgriPole.Cms.Forms.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without the host.</summary>
public sealed class FormsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<FormsDbContext>
{
    public FormsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FormsDbContext>();
        FormsDatabase.Configure(options, "Data Source=design-time.db", FormsDatabase.SqliteProvider);
        return new FormsDbContext(options.Options);
    }
}
