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
        ["media.filter"] = ("Filtrer par nom", "Filter by name"),
        ["media.selected"] = ("Image choisie : {0}", "Chosen image: {0}"),
        ["media.noMatch"] = ("Aucune image ne correspond.", "No image matches."),
        ["media.empty"] = ("La médiathèque est vide : ajoutez des images dans Médias.", "The media library is empty: upload images under Media."),
        ["pages.search"] = ("Rechercher une page", "Search for a page"),
        ["pages.noMatch"] = ("Aucune page ne correspond.", "No page matches."),
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
