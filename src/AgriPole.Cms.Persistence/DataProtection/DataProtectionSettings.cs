namespace AgriPole.Cms.Persistence.DataProtection;

/// <summary>
/// `AgriPole:DataProtection`: how the key ring is protected at rest in the database. Without a certificate the keys
/// are stored as plain XML (anyone who reads the database can forge cookies and antiforgery tokens), which is fine on
/// a developer's machine; production sets <see cref="CertificatePath"/>, and every node uses the same certificate.
/// </summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "AgriPole:DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the private key that encrypts the key ring.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Older certificates (.pfx paths) still able to decrypt keys written before a certificate rotation. New keys are
    /// always encrypted with <see cref="CertificatePath"/>.
    /// </summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];
}
