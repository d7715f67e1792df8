using Microsoft.AspNetCore.Authorization;

namespace AgriPole.Cms.BackOffice.Identity;

/// <summary>Authorization policies; each requires the back-office cookie scheme, so no other identity ever passes.</summary>
public static class BackOfficePolicies
{
    /// <summary>Any back-office role: read the tree, save drafts.</summary>
    public const string Access = "BackOffice.Access";

    /// <summary>Editor or Administrator: publish, unpublish, schedule, rollback.</summary>
    public const string Publish = "BackOffice.Publish";

    /// <summary>Administrator: users, redirects, dictionary, audit log.</summary>
    public const string Administer = "BackOffice.Administer";

    /// <summary>The name other features use for "any back-office user" (e.g. the media upload API); same rule as <see cref="Access"/>.</summary>
    public const string BackOffice = "BackOffice";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(BackOffice, p => p.AddAuthenticationSchemes(BackOfficeAuthentication.Scheme).RequireAuthenticatedUser()
            .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer));
        options.AddPolicy(Access, p => p.AddAuthenticationSchemes(BackOfficeAuthentication.Scheme).RequireAuthenticatedUser()
            .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer));
        options.AddPolicy(Publish, p => p.AddAuthenticationSchemes(BackOfficeAuthentication.Scheme).RequireAuthenticatedUser()
            .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor));
        options.AddPolicy(Administer, p => p.AddAuthenticationSchemes(BackOfficeAuthentication.Scheme).RequireAuthenticatedUser()
            .RequireRole(BackOfficeRoles.Administrator));
    }

    /// <summary>The lowest role a policy admits, for the authorization matrix.</summary>
    public static IReadOnlyList<string> RolesFor(string policy) => policy switch
    {
        Access or BackOffice => BackOfficeRoles.All,
        Publish => [BackOfficeRoles.Administrator, BackOfficeRoles.Editor],
        Administer => [BackOfficeRoles.Administrator],
        _ => [],
    };
}
