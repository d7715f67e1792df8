using System.Collections.Frozen;
using System.Security.Claims;
using AgriPole.Cms.BackOffice.Localization;

namespace AgriPole.Cms.BackOffice.FormsInbox;

/// <summary>
/// The forms inbox, GDPR and outbox UI strings in French and English. Kept apart from <see cref="BackOfficeText"/> so
/// features add their strings without touching the shared table.
/// </summary>
public sealed class InboxText
{
    private static readonly FrozenDictionary<string, (string Fr, string En)> Strings = new Dictionary<string, (string, string)>
    {
        ["nav.forms"] = ("Formulaires", "Forms"),
        ["nav.gdpr"] = ("RGPD", "GDPR"),
        ["nav.outbox"] = ("Envoi des e-mails", "Outgoing mail"),
        ["inbox.title"] = ("Formulaires : {0}", "Forms: {0}"),
        ["inbox.forms"] = ("Formulaires", "Forms"),
        ["inbox.state"] = ("État", "State"),
        ["inbox.state.all"] = ("Tous", "All"),
        ["inbox.state.New"] = ("Nouveau", "New"),
        ["inbox.state.Handled"] = ("Traité", "Handled"),
        ["inbox.from"] = ("Du", "From"),
        ["inbox.to"] = ("Au", "To"),
        ["inbox.search"] = ("Texte", "Text"),
        ["inbox.filter"] = ("Filtrer", "Filter"),
        ["inbox.export"] = ("Exporter en CSV", "Export as CSV"),
        ["inbox.none"] = ("Aucune entrée.", "No entries."),
        ["inbox.date"] = ("Reçue le", "Received"),
        ["inbox.email"] = ("E-mail", "E-mail"),
        ["inbox.summary"] = ("Aperçu", "Summary"),
        ["inbox.open"] = ("Ouvrir", "Open"),
        ["inbox.total"] = ("{0} entrée(s)", "{0} entries"),
        ["inbox.previous"] = ("Page précédente", "Previous page"),
        ["inbox.next"] = ("Page suivante", "Next page"),
        ["inbox.page"] = ("Page {0} sur {1}", "Page {0} of {1}"),
        ["entry.title"] = ("Entrée du {0}", "Entry of {0}"),
        ["entry.culture"] = ("Langue", "Language"),
        ["entry.field"] = ("Champ", "Field"),
        ["entry.value"] = ("Valeur", "Value"),
        ["entry.markHandled"] = ("Marquer comme traitée", "Mark as handled"),
        ["entry.markNew"] = ("Marquer comme nouvelle", "Mark as new"),
        ["entry.delete"] = ("Supprimer", "Delete"),
        ["entry.deleteConfirm"] = ("Supprimer cette entrée et ses e-mails ? Cette action est irréversible.", "Delete this entry and its mails? This cannot be undone."),
        ["entry.back"] = ("Retour à la liste", "Back to the list"),
        ["entry.mails"] = ("E-mails", "Mails"),
        ["mail.to"] = ("Destinataire", "To"),
        ["mail.subject"] = ("Objet", "Subject"),
        ["mail.state"] = ("État", "State"),
        ["mail.attempts"] = ("Tentatives", "Attempts"),
        ["mail.lastError"] = ("Dernière erreur", "Last error"),
        ["mail.next"] = ("Prochaine tentative", "Next attempt"),
        ["mail.sent"] = ("Envoyé", "Sent"),
        ["mail.pending"] = ("En attente", "Pending"),
        ["mail.retrying"] = ("Nouvel essai prévu", "Retrying"),
        ["mail.abandoned"] = ("Abandonné", "Abandoned"),
        ["outbox.intro"] = ("E-mails pas encore envoyés (en attente, en échec ou abandonnés).", "Mails not sent yet (pending, failing or abandoned)."),
        ["outbox.retry"] = ("Réessayer l'envoi", "Retry sending"),
        ["outbox.retried"] = ("L'e-mail est remis dans la file d'envoi.", "The mail is queued again."),
        ["outbox.notRetried"] = ("Cet e-mail n'est plus abandonné (déjà remis en file ou envoyé).", "This mail is no longer abandoned (already queued again or sent)."),
        ["inbox.select"] = ("Sélectionner", "Select"),
        ["inbox.selectEntry"] = ("Sélectionner l'entrée du {0}", "Select the entry of {0}"),
        ["inbox.bulk"] = ("Entrées sélectionnées", "Selected entries"),
        ["inbox.bulk.handled"] = ("Marquer comme traitées", "Mark as handled"),
        ["inbox.bulk.new"] = ("Marquer comme nouvelles", "Mark as new"),
        ["inbox.bulk.delete"] = ("Supprimer…", "Delete…"),
        ["inbox.bulk.none"] = ("Aucune entrée sélectionnée.", "No entry selected."),
        ["inbox.bulk.done"] = ("{0} entrée(s) mise(s) à jour.", "{0} entries updated."),
        ["inbox.bulk.deleted"] = ("{0} entrée(s) supprimée(s).", "{0} entries deleted."),
        ["inbox.bulk.confirmTitle"] = ("Supprimer les entrées sélectionnées ({0}) ?", "Delete the selected entries ({0})?"),
        ["inbox.bulk.confirmText"] = ("Ces entrées et leurs e-mails seront supprimés définitivement.", "These entries and their mails will be deleted for good."),
        ["inbox.bulk.confirm"] = ("Supprimer définitivement", "Delete for good"),
        ["inbox.bulk.cancel"] = ("Annuler", "Cancel"),
        ["inbox.subscribers"] = ("{0} abonné(s) confirmé(s) (les inscriptions non confirmées ne comptent pas).", "{0} confirmed subscriber(s) (sign-ups not confirmed do not count)."),
        ["outbox.none"] = ("Tous les e-mails ont été envoyés.", "Every mail has been sent."),
        ["gdpr.intro"] = ("Retrouver, exporter ou effacer toutes les données liées à une adresse e-mail.", "Find, export or erase all data tied to one e-mail address."),
        ["gdpr.email"] = ("Adresse e-mail", "E-mail address"),
        ["gdpr.find"] = ("Rechercher", "Find"),
        ["gdpr.exportJson"] = ("Exporter (JSON)", "Export (JSON)"),
        ["gdpr.exportCsv"] = ("Exporter (CSV)", "Export (CSV)"),
        ["gdpr.delete"] = ("Tout effacer", "Erase everything"),
        ["gdpr.deleteConfirm"] = ("Effacer définitivement toutes les données de cette adresse ?", "Permanently erase all data of this address?"),
        ["gdpr.found"] = ("{0} entrée(s), {1} abonnement(s), {2} e-mail(s).", "{0} entries, {1} subscriptions, {2} mails."),
        ["gdpr.deleted"] = ("Effacé : {0} entrée(s), {1} abonnement(s), {2} e-mail(s).", "Erased: {0} entries, {1} subscriptions, {2} mails."),
        ["gdpr.invalid"] = ("Saisissez une adresse e-mail valide.", "Enter a valid e-mail address."),
        ["gdpr.subscriptions"] = ("Abonnements", "Subscriptions"),
        ["gdpr.confirmed"] = ("Confirmé", "Confirmed"),
        ["yes"] = ("Oui", "Yes"),
        ["no"] = ("Non", "No"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public InboxText(string culture) => Culture = culture == "en-US" ? "en-US" : "fr-FR";

    /// <summary>"fr-FR" or "en-US".</summary>
    public string Culture { get; }

    public static InboxText For(ClaimsPrincipal user) => new(BackOfficeText.For(user).Culture);

    public string this[string key] =>
        Strings.TryGetValue(key, out var s) ? (Culture == "en-US" ? s.En : s.Fr) : key;

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);
}
