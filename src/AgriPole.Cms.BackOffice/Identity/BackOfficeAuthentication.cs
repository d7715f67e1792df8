namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>Names of the back-office cookie scheme and cookie, separate from anything the public site uses.</summary>
public static class BackOfficeAuthentication
{
    public const string Scheme = "UmbracoBackOffice";

    /// <summary>Umbraco's back-office cookie name.</summary>
    public const string CookieName = "UMB_UCONTEXT";

    public const string LoginPath = "/umbraco/login";

    public const string UiCultureClaim = "agripole:ui-culture";
}
