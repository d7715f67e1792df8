namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>The three back-office roles (Umbraco's user groups, reduced).</summary>
public static class BackOfficeRoles
{
    /// <summary>Everything, including users, redirects and the dictionary.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Edits and publishes content.</summary>
    public const string Editor = "Editor";

    /// <summary>Saves drafts and sends them for review; cannot publish.</summary>
    public const string Writer = "Writer";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Writer];
}
