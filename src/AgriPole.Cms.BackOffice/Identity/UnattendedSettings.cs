namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>Umbraco's unattended-install keys: the first administrator, created on first run when all three are set.</summary>
public sealed class UnattendedSettings
{
    public const string SectionName = "Umbraco:CMS:Unattended";

    public string? UnattendedUserName { get; set; }

    public string? UnattendedUserEmail { get; set; }

    public string? UnattendedUserPassword { get; set; }
}
