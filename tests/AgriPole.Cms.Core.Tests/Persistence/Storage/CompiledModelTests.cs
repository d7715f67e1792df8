using AgriPole.Cms.Persistence.Storage;
using AgriPole.Cms.Persistence.Storage.CompiledModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AgriPole.Cms.Core.Tests.Persistence.Storage;

public class CompiledModelTests
{
    [Fact]
    public void SqliteCompiledModel_MatchesModelBuiltFromCode()
    {
        using var context = new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=:memory:").Options);
        var fromCode = context.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Describe(fromCode), Describe(SqliteCmsDbContextModel.Instance));
    }

    [Fact]
    public void NpgsqlModel_MapsEveryEntity()
    {
        using var context = new NpgsqlCmsDbContext(new DbContextOptionsBuilder<NpgsqlCmsDbContext>().UseNpgsql("Host=localhost;Database=none").Options);

        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).Order().ToList();

        Assert.Equal(["cmsDataProtectionKey", "cmsDictionary", "umbracoCacheInstruction", "umbracoContentCulture", "umbracoContentVersion", "umbracoMedia", "umbracoNode"], tables);
        var script = context.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE \"umbracoNode\"", script, StringComparison.Ordinal);

        // The Data Protection key ring: the same table on PostgreSQL, so nodes share keys there too.
        Assert.Contains("CREATE TABLE \"cmsDataProtectionKey\"", script, StringComparison.Ordinal);
    }

    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}:{p.ClrType.Name}:{p.IsNullable}:{p.GetMaxLength()}")
                .Concat(e.GetIndexes().Select(i => $"{e.GetTableName()} index {string.Join(',', i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Concat(e.GetKeys().Select(k => $"{e.GetTableName()} key {string.Join(',', k.Properties.Select(p => p.Name))}")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
