using System.Net;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>
/// Two app hosts on one database file, as two nodes behind a load balancer: what a form depends on (the Data
/// Protection key ring behind antiforgery and the render stamp, the per-IP limit) comes from the database.
/// </summary>
public sealed class MultiNodeFormTests : IDisposable
{
    private readonly FormsTestApp _nodeA;
    private readonly FormsTestApp _nodeB;

    public MultiNodeFormTests()
    {
        static void Configure(Dictionary<string, string?> s) => s["AgriPole:Forms:RateLimitPermits"] = "3";
        _nodeA = new FormsTestApp(Configure);
        _nodeB = new FormsTestApp(Configure, sameDatabaseAs: _nodeA);
    }

    [Fact]
    public async Task Post_FormRenderedByNodeA_AcceptedByNodeB()
    {
        var jar = new CookieContainer();
        using var browserOnA = _nodeA.CreateClient(jar);
        using var browserOnB = _nodeB.CreateClient(jar);
        var form = await _nodeA.GetFormAsync("contact", client: browserOnA);

        var response = await _nodeB.PostAsync(form, FormsTestApp.ValidContact("cross-node@example.fr"), browserOnB);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await using var db = _nodeB.Db();
        Assert.True(await db.Entries.AnyAsync(e => e.Email == "cross-node@example.fr"));
    }

    [Fact]
    public async Task DataProtection_BothNodes_ShareOneKeyRingStoredInDatabase()
    {
        var protectedOnA = _nodeA.Service<IDataProtectionProvider>().CreateProtector("test").Protect("bonjour");

        Assert.Equal("bonjour", _nodeB.Service<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedOnA));
        Assert.Equal("AgriPole.Web", _nodeA.Service<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
        var keysInDatabase = new List<Guid>();
        await using (var connection = new SqliteConnection($"Data Source={_nodeA.Factory.DatabaseFile}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"FriendlyName\" FROM \"cmsDataProtectionKey\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                keysInDatabase.Add(Guid.Parse(reader.GetString(0).Replace("key-", "", StringComparison.Ordinal)));
            }
        }

        Assert.NotEmpty(keysInDatabase);
        var keysOnB = _nodeB.Service<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Order().ToList();
        Assert.Equal(keysInDatabase.Order().ToList(), keysOnB);
    }

    [Fact]
    public async Task Post_RateLimitCountedAcrossNodes_FourthPostDroppedOnEitherNode()
    {
        var jar = new CookieContainer();
        using var browserOnA = _nodeA.CreateClient(jar);
        using var browserOnB = _nodeB.CreateClient(jar);
        await _nodeA.PostAsync(await _nodeA.GetFormAsync("contact", client: browserOnA), FormsTestApp.ValidContact("one@example.fr"), browserOnA);
        await _nodeB.PostAsync(await _nodeB.GetFormAsync("contact", client: browserOnB), FormsTestApp.ValidContact("two@example.fr"), browserOnB);
        await _nodeA.PostAsync(await _nodeA.GetFormAsync("contact", client: browserOnA), FormsTestApp.ValidContact("three@example.fr"), browserOnA);

        var fourth = await _nodeB.PostAsync(await _nodeB.GetFormAsync("contact", client: browserOnB), FormsTestApp.ValidContact("four@example.fr"), browserOnB);

        Assert.Equal(HttpStatusCode.SeeOther, fourth.StatusCode);
        await using var db = _nodeA.Db();
        Assert.Equal(["one@example.fr", "three@example.fr", "two@example.fr"], (await db.Entries.Select(e => e.Email!).ToListAsync()).Order());
    }

    public void Dispose()
    {
        _nodeB.Dispose();
        _nodeA.Dispose();
    }
}
