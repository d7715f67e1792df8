using System.Security.Claims;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Localization;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>Who is editing, in which language, with which rights.</summary>
public sealed record BackOfficeUserContext(string Email, string UiCulture, bool CanPublish, bool IsAdmin)
{
    public BackOfficeText Text => new(UiCulture);

    public static BackOfficeUserContext From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "unknown",
        user.FindFirst(BackOfficeAuthentication.UiCultureClaim)?.Value == "en-US" ? "en-US" : "fr-FR",
        user.IsInRole(BackOfficeRoles.Administrator) || user.IsInRole(BackOfficeRoles.Editor),
        user.IsInRole(BackOfficeRoles.Administrator));
}
