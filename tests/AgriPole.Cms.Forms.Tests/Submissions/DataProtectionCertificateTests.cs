using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>
/// `AgriPole:DataProtection:CertificatePath`: the key ring the nodes share through the database is encrypted at rest
/// with the certificate, every node with the certificate reads it, and a certificate rotation keeps old keys readable.
/// </summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agripole-dp-").FullName;

    [Fact]
    public async Task KeyRing_WithCertificate_EncryptedInDatabase_SecondNodeReadsIt()
    {
        var pfx = WriteCertificate("current");
        using var nodeA = new FormsTestApp(s => s["AgriPole:DataProtection:CertificatePath"] = pfx);
        var payload = nodeA.Service<IDataProtectionProvider>().CreateProtector("test").Protect("bonjour");
        using var nodeB = new FormsTestApp(s => s["AgriPole:DataProtection:CertificatePath"] = pfx, sameDatabaseAs: nodeA);

        var xml = await KeyXmlAsync(nodeA);

        Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal);
        Assert.Equal("bonjour", nodeB.Service<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public async Task KeyRing_WithoutCertificate_StoredInClear()
    {
        using var node = new FormsTestApp();
        node.Service<IDataProtectionProvider>().CreateProtector("test").Protect("bonjour");

        Assert.Contains("unencrypted form", await KeyXmlAsync(node), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyRing_AfterCertificateRotation_OldKeysReadWithPreviousCertificate()
    {
        var old = WriteCertificate("old");
        var current = WriteCertificate("new");
        using var before = new FormsTestApp(s => s["AgriPole:DataProtection:CertificatePath"] = old);
        var payload = before.Service<IDataProtectionProvider>().CreateProtector("test").Protect("bonjour");

        using var after = new FormsTestApp(
            s =>
            {
                s["AgriPole:DataProtection:CertificatePath"] = current;
                s["AgriPole:DataProtection:PreviousCertificatePaths:0"] = old;
            },
            sameDatabaseAs: before);

        Assert.Equal("bonjour", after.Service<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public void Start_CertificateMissing_FailsNamingTheSetting()
    {
        var error = Record.Exception(() => new FormsTestApp(s => s["AgriPole:DataProtection:CertificatePath"] = Path.Combine(_folder, "missing.pfx")).Dispose());

        Assert.NotNull(error);
        Assert.Contains("AgriPole:DataProtection:CertificatePath: the certificate file", Flatten(error), StringComparison.Ordinal);
    }

    private string WriteCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=AgriPole Data Protection {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return path;
    }

    private static async Task<string> KeyXmlAsync(FormsTestApp node)
    {
        await using var connection = new SqliteConnection($"Data Source={node.Factory.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(\"Xml\", '') FROM \"cmsDataProtectionKey\"";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " | " + Flatten(error.InnerException);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
