using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AgriPole.Cms.BackOffice.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the site.</summary>
internal sealed class BackOfficeDbContextDesignTimeFactory : IDesignTimeDbContextFactory<BackOfficeDbContext>
{
    public BackOfficeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BackOfficeDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(BackOfficeDbContext.MigrationsHistoryTable))
            .Options);
}
