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
        ["content.title"] = ("Contenu", "Content"),
        ["content.expand"] = ("Déplier", "Expand"),
        ["content.create"] = ("Créer", "Create"),
        ["content.createChild"] = ("Créer une page enfant", "Create a child page"),
        ["content.createRoot"] = ("Créer à la racine", "Create at root"),
        ["content.chooseType"] = ("Type de document", "Document type"),
        ["content.noAllowedTypes"] = ("Aucun type de page n'est autorisé ici.", "No document type is allowed here."),
        ["content.name"] = ("Nom", "Name"),
        ["content.published"] = ("Publié", "Published"),
        ["content.draft"] = ("Brouillon", "Draft"),
        ["content.edited"] = ("Modifié depuis la publication", "Edited since published"),
        ["content.notCreated"] = ("Pas encore créé dans cette langue", "Not created in this language yet"),
        ["content.save"] = ("Enregistrer le brouillon", "Save draft"),
        ["content.saved"] = ("Brouillon enregistré.", "Draft saved."),
        ["content.saveAndPublish"] = ("Enregistrer et publier", "Save and publish"),
        ["content.publishCultures"] = ("Langues à publier", "Languages to publish"),
        ["content.publishedOk"] = ("Publié.", "Published."),
        ["content.unpublish"] = ("Dépublier", "Unpublish"),
        ["content.unpublishedOk"] = ("Dépublié.", "Unpublished."),
        ["content.sendForReview"] = ("Envoyer pour relecture", "Send for review"),
        ["content.sentForReview"] = ("Envoyé pour relecture.", "Sent for review."),
        ["content.preview"] = ("Prévisualiser", "Preview"),
        ["content.move"] = ("Déplacer", "Move"),
        ["content.moveTo"] = ("Déplacer sous", "Move under"),
        ["content.copy"] = ("Copier", "Copy"),
        ["content.copyTo"] = ("Copier sous", "Copy under"),
        ["content.root"] = ("(racine)", "(root)"),
        ["content.trash"] = ("Mettre à la corbeille", "Move to recycle bin"),
        ["content.trashConfirm"] = ("Mettre cette page et ses enfants à la corbeille ?", "Move this page and its children to the recycle bin?"),
        ["content.children"] = ("Pages enfants", "Child pages"),
        ["content.moveUp"] = ("Monter", "Move up"),
        ["content.moveDown"] = ("Descendre", "Move down"),
        ["content.actions"] = ("Actions", "Actions"),
        ["content.schedule"] = ("Planifier", "Schedule"),
        ["content.scheduleAt"] = ("Date et heure (UTC)", "Date and time (UTC)"),
        ["content.scheduled"] = ("Planifications", "Scheduled"),
        ["content.schedulePublish"] = ("Publier", "Publish"),
        ["content.scheduleUnpublish"] = ("Dépublier", "Unpublish"),
        ["content.versions"] = ("Historique", "History"),
        ["content.rollback"] = ("Restaurer cette version", "Roll back to this version"),
        ["content.rollbackConfirm"] = ("Remplacer le brouillon par cette version ?", "Replace the draft with this version?"),
        ["content.invariant"] = ("Toutes langues", "All languages"),
        ["content.errors"] = ("Corrigez les erreurs ci-dessous.", "Correct the errors below."),
        ["content.none"] = ("(aucun)", "(none)"),
        ["content.linkName"] = ("Libellé", "Label"),
        ["content.linkUrl"] = ("URL", "URL"),
        ["content.linkPage"] = ("ou page du site", "or site page"),
        ["content.newWindow"] = ("Nouvelle fenêtre", "New window"),
        ["content.blocksHelp"] = ("Blocs au format JSON : [{\"contentType\": \"alias\", \"values\": {…}}]", "Blocks as JSON: [{\"contentType\": \"alias\", \"values\": {…}}]"),
        ["content.tagsHelp"] = ("Séparés par des virgules", "Comma separated"),
        ["content.pendingReview"] = ("En attente de relecture", "Awaiting review"),
        ["recycleBin.empty"] = ("La corbeille est vide.", "The recycle bin is empty."),
        ["recycleBin.restore"] = ("Restaurer", "Restore"),
        ["recycleBin.delete"] = ("Supprimer définitivement", "Delete permanently"),
        ["recycleBin.deleteConfirm"] = ("Supprimer définitivement ? Cette action est irréversible.", "Delete permanently? This cannot be undone."),
        ["recycleBin.unsupported"] = ("La restauration n'est pas disponible avec ce moteur de contenu.", "Restore is not available with this content engine."),
        ["redirects.old"] = ("Ancienne URL", "Old URL"),
        ["redirects.target"] = ("Page cible", "Target page"),
        ["redirects.date"] = ("Créée le", "Created"),
        ["redirects.delete"] = ("Supprimer", "Delete"),
        ["redirects.none"] = ("Aucune redirection.", "No redirects."),
        ["preview.banner"] = ("PRÉVISUALISATION — brouillon non publié", "PREVIEW — unpublished draft"),
        ["notFound"] = ("Introuvable.", "Not found."),
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
