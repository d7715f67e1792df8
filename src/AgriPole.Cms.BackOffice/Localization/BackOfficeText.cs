using System.Collections.Frozen;
using System.Security.Claims;
using AgriPole.Cms.BackOffice.Identity;

namespace AgriPole.Cms.BackOffice.Localization;

/// <summary>The back-office UI strings in French and English; the user's preference picks one.</summary>
public sealed class BackOfficeText
{
    private static readonly FrozenDictionary<string, (string Fr, string En)> Strings = new Dictionary<string, (string, string)>
    {
        ["app.title"] = ("Back-office AgriPole", "AgriPole back-office"),
        ["login.title"] = ("Connexion", "Sign in"),
        ["login.email"] = ("Adresse e-mail", "E-mail address"),
        ["login.password"] = ("Mot de passe", "Password"),
        ["login.submit"] = ("Se connecter", "Sign in"),
        ["login.failed"] = ("Adresse e-mail ou mot de passe incorrect, ou compte verrouillé.", "Wrong e-mail address or password, or account locked."),
        ["login.throttled"] = ("Trop de tentatives. Réessayez dans une minute.", "Too many attempts. Try again in a minute."),
        ["logout"] = ("Se déconnecter", "Sign out"),
        ["nav.content"] = ("Contenu", "Content"),
        ["nav.recycleBin"] = ("Corbeille", "Recycle bin"),
        ["nav.redirects"] = ("Redirections", "Redirects"),
        ["nav.dictionary"] = ("Dictionnaire", "Dictionary"),
        ["nav.users"] = ("Utilisateurs", "Users"),
        ["nav.audit"] = ("Journal d'audit", "Audit log"),
        ["nav.profile"] = ("Mon profil", "My profile"),
        ["dashboard.welcome"] = ("Bienvenue, {0}", "Welcome, {0}"),
        ["dashboard.role"] = ("Votre rôle : {0}", "Your role: {0}"),
        ["accessDenied"] = ("Vous n'avez pas accès à cette page.", "You do not have access to this page."),
        ["profile.language"] = ("Langue de l'interface", "Interface language"),
        ["save"] = ("Enregistrer", "Save"),
        ["saved"] = ("Enregistré.", "Saved."),
        ["users.email"] = ("E-mail", "E-mail"),
        ["users.name"] = ("Nom", "Name"),
        ["users.role"] = ("Rôle", "Role"),
        ["users.create"] = ("Créer l'utilisateur", "Create user"),
        ["users.password"] = ("Mot de passe initial", "Initial password"),
        ["users.lastLogin"] = ("Dernière connexion", "Last login"),
        ["users.locked"] = ("Verrouillé", "Locked"),
        ["users.unlock"] = ("Déverrouiller", "Unlock"),
        ["users.changeRole"] = ("Changer le rôle", "Change role"),
        ["audit.when"] = ("Date", "When"),
        ["audit.who"] = ("Qui", "Who"),
        ["audit.what"] = ("Action", "Action"),
        ["audit.node"] = ("Nœud", "Node"),
        ["audit.details"] = ("Détails", "Details"),
        ["filter"] = ("Filtrer", "Filter"),
        ["role.Administrator"] = ("Administrateur", "Administrator"),
        ["role.Editor"] = ("Éditeur", "Editor"),
        ["role.Writer"] = ("Rédacteur", "Writer"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public BackOfficeText(string culture) => Culture = culture == "en-US" ? "en-US" : "fr-FR";

    /// <summary>"fr-FR" or "en-US".</summary>
    public string Culture { get; }

    /// <summary>"fr" or "en", for the lang attribute.</summary>
    public string Lang => Culture[..2];

    public static BackOfficeText For(ClaimsPrincipal user) =>
        new(user.FindFirst(BackOfficeAuthentication.UiCultureClaim)?.Value ?? "fr-FR");

    public string this[string key] =>
        Strings.TryGetValue(key, out var s) ? (Culture == "en-US" ? s.En : s.Fr) : key;

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);
}
