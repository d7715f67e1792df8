using Microsoft.AspNetCore.Identity;

namespace AgriPole.Cms.BackOffice.Data;

/// <summary>An editor of the back-office (Umbraco's user). Visitors and members never are.</summary>
public sealed class BackOfficeUser : IdentityUser
{
    /// <summary>Display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Language of the back-office UI for this user: "fr-FR" or "en-US".</summary>
    public string UiCulture { get; set; } = "fr-FR";

    public DateTime CreateDate { get; set; }

    public DateTime? LastLoginDate { get; set; }
}
