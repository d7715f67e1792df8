using System.Collections.Frozen;

namespace AgriPole.Cms.BackOffice.Localization;

/// <summary>
/// The property editors' strings (block list, pickers) in French and English. Kept apart from <see cref="BackOfficeText"/>
/// so features add their strings without touching the shared table.
/// </summary>
public sealed class EditorText
{
    private static readonly FrozenDictionary<string, (string Fr, string En)> Strings = new Dictionary<string, (string, string)>
    {
        ["blocks.add"] = ("Ajouter : {0}", "Add: {0}"),
        ["blocks.up"] = ("Monter", "Move up"),
        ["blocks.down"] = ("Descendre", "Move down"),
        ["blocks.remove"] = ("Retirer", "Remove"),
        ["blocks.empty"] = ("Aucun bloc pour l'instant.", "No blocks yet."),
        ["blocks.count"] = ("{0} bloc(s), {1} au plus.", "{0} block(s), at most {1}."),
        ["blocks.added"] = ("Bloc ajouté. Pensez à enregistrer.", "Block added. Remember to save."),
        ["blocks.removed"] = ("Bloc retiré. Pensez à enregistrer.", "Block removed. Remember to save."),
        ["blocks.moved"] = ("Bloc déplacé. Pensez à enregistrer.", "Block moved. Remember to save."),
        ["blocks.invalid"] = ("Cette action sur la liste de blocs est impossible.", "That block list action is not possible."),
        ["blocks.unknownType"] = ("Type de bloc inconnu : {0}", "Unknown block type: {0}"),
        ["forms.none"] = ("(aucun formulaire)", "(no form)"),
        ["media.none"] = ("Aucune image", "No image"),
        ["picker.choosePage"] = ("Choisir une page", "Choose a page"),
        ["picker.chooseMedia"] = ("Choisir un média", "Choose a media item"),
        ["picker.chooseFolder"] = ("Choisir un dossier", "Choose a folder"),
        ["picker.choose"] = ("Choisir…", "Choose…"),
        ["picker.clear"] = ("Retirer", "Remove"),
        ["picker.search"] = ("Rechercher par nom", "Search by name"),
        ["picker.help"] = ("Tapez pour chercher, ou parcourez l'arborescence. Flèches haut et bas pour aller d'un résultat à l'autre, Échap pour fermer.", "Type to search, or browse the tree. Up and down arrows move between results, Escape closes."),
        ["picker.close"] = ("Fermer", "Close"),
        ["picker.root"] = ("Racine", "Root"),
        ["picker.trail"] = ("Emplacement", "Location"),
        ["picker.results"] = ("{0} résultat(s)", "{0} result(s)"),
        ["picker.noResults"] = ("Aucun résultat.", "No results."),
        ["picker.more"] = ("Afficher plus", "Show more"),
        ["picker.open"] = ("Ouvrir : {0}", "Open: {0}"),
        ["picker.loading"] = ("Chargement…", "Loading…"),
        ["picker.failed"] = ("La recherche a échoué. Réessayez.", "The search failed. Try again."),
        ["picker.chosen"] = ("Choisi : {0}", "Chosen: {0}"),
        ["picker.notFound"] = ("Élément introuvable (supprimé ou dans la corbeille) : {0}", "Item not found (deleted or in the recycle bin): {0}"),
        ["picker.keyHelpPage"] = ("Clé de la page (un GUID).", "Key of the page (a GUID)."),
        ["picker.keyHelpMedia"] = ("Clé du média (un GUID).", "Key of the media item (a GUID)."),
        ["picker.keyHelpFolder"] = ("Clé du dossier (un GUID).", "Key of the folder (a GUID)."),
        ["picker.findLink"] = ("Trouver la clé (nouvel onglet)", "Find the key (new tab)"),
        ["picker.invalidKey"] = ("« {0} » n'est pas une clé : collez la clé (GUID) de l'élément, ou utilisez « Choisir ».", "\"{0}\" is not a key: paste the item's key (a GUID), or use \"Choose\"."),
        ["picker.pageTitle"] = ("Trouver une clé", "Find a key"),
        ["picker.pageHelp"] = ("Copiez la clé de l'élément voulu dans le champ de l'éditeur.", "Copy the key of the item you want into the editor's field."),
        ["picker.key"] = ("Clé", "Key"),
        ["picker.path"] = ("Emplacement", "Path"),
        ["picker.type"] = ("Type", "Type"),
        ["picker.previous"] = ("Précédents", "Previous"),
        ["picker.next"] = ("Suivants", "Next"),
        ["picker.originalPlace"] = ("(emplacement d'origine)", "(original place)"),
        ["tree.more"] = ("Afficher {0} de plus ({1} sur {2})", "Show {0} more ({1} of {2})"),
        ["children.partial"] = ("{0} enfants affichés sur {1}.", "Showing {0} of {1} children."),
        ["children.all"] = ("Tout afficher (nécessaire pour le glisser-déposer)", "Show them all (needed for drag and drop)"),
        ["tree.dragHelp"] = ("Glissez-déposez une page pour changer l'ordre, ou utilisez les flèches.", "Drag and drop a page to change the order, or use the arrows."),
        ["tree.sorted"] = ("Ordre enregistré.", "Order saved."),
        ["tree.sortFailed"] = ("L'ordre n'a pas pu être enregistré.", "The order could not be saved."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public EditorText(string culture) => Culture = culture == "en-US" ? "en-US" : "fr-FR";

    public string Culture { get; }

    public string this[string key] =>
        Strings.TryGetValue(key, out var s) ? (Culture == "en-US" ? s.En : s.Fr) : key;

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);
}
