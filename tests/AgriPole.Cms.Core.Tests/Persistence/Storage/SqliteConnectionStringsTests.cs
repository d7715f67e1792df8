using AgriPole.Cms.Persistence.Storage;
using Microsoft.Data.Sqlite;

namespace AgriPole.Cms.Core.Tests.Persistence.Storage;

public sealed class SqliteConnectionStringsTests
{
    [Fact]
    public void WithPrivateCache_UmbracoDefaultSharedCache_PrivateOtherKeysKept()
    {
        var normalised = new SqliteConnectionStringBuilder(
            SqliteConnectionStrings.WithPrivateCache("Data Source=/data/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True"));

        Assert.Equal(SqliteCacheMode.Default, normalised.Cache);
        Assert.Equal("/data/Umbraco.sqlite.db", normalised.DataSource);
        Assert.True(normalised.ForeignKeys);
        Assert.True(normalised.Pooling);
    }

    [Theory]
    [InlineData("Data Source=shared-db;Mode=Memory;Cache=Shared")]
    [InlineData("Data Source=/data/Umbraco.sqlite.db;Foreign Keys=True")]
    public void WithPrivateCache_InMemoryOrAlreadyPrivate_Unchanged(string connectionString) =>
        Assert.Equal(connectionString, SqliteConnectionStrings.WithPrivateCache(connectionString));
}
