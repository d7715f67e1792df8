using System.Collections.Frozen;
using System.Globalization;

namespace AgriPole.Cms.BackOffice.Media;

/// <summary>
/// Strings of the media crop, alt-text and permanent-deletion screens in French and English; kept apart from
/// <see cref="Localization.BackOfficeText"/> (like the forms inbox's) so features do not collide on one table.
/// </summary>
public sealed class MediaText
{
    private static readonly FrozenDictionary<string, (string Fr, string En)> Strings = new Dictionary<string, (string, string)>
    {
        ["library.preview"] = ("Aperçu", "Preview"),
        ["crop.help"] = (
            "Zone gardée, en fractions de l'image retirées de chaque côté (x1 gauche, y1 haut, x2 droite, y2 bas). Avec le script, tracez ou déplacez le cadre sur l'image : il garde les proportions du recadrage.",
            "Area kept, as fractions of the image trimmed from each side (x1 left, y1 top, x2 right, y2 bottom). With the script, draw or move the frame on the image: it keeps the crop's proportions."),
        ["crop.x1"] = ("Gauche retirée (x1)", "Trim left (x1)"),
        ["crop.y1"] = ("Haut retiré (y1)", "Trim top (y1)"),
        ["crop.x2"] = ("Droite retirée (x2)", "Trim right (x2)"),
        ["crop.y2"] = ("Bas retiré (y2)", "Trim bottom (y2)"),
        ["crop.save"] = ("Enregistrer le recadrage", "Save crop"),
        ["crop.reset"] = ("Revenir au point focal", "Reset to focal point"),
        ["crop.custom"] = ("Zone choisie", "Custom area"),
        ["crop.default"] = ("Centré sur le point focal", "Centred on the focal point"),
        ["crop.unknown"] = ("Ce recadrage n'existe pas.", "This crop does not exist."),
        ["crop.range"] = ("Chaque coordonnée doit être un nombre entre 0 et 1.", "Each coordinate must be a number between 0 and 1."),
        ["crop.width"] = ("x1 + x2 doit rester inférieur à 1 (il faut garder une partie de la largeur).", "x1 + x2 must stay below 1 (some of the width must remain)."),
        ["crop.height"] = ("y1 + y2 doit rester inférieur à 1 (il faut garder une partie de la hauteur).", "y1 + y2 must stay below 1 (some of the height must remain)."),
        ["crop.area"] = ("Cadre du recadrage « {0} »", "Frame of the crop \"{0}\""),
        ["crop.frameRole"] = ("cadre de recadrage", "crop frame"),
        ["crop.keys"] = (
            "Au clavier, sur le cadre : flèches pour le déplacer, Maj + flèches pour le redimensionner (Maj + droite ou bas l'agrandit, Maj + gauche ou haut le réduit).",
            "With the keyboard, on the frame: arrow keys move it, Shift + arrow keys resize it (Shift + Right or Down grows it, Shift + Left or Up shrinks it)."),
        ["crop.status"] = (
            "Cadre : gauche {0} %, haut {1} %, largeur {2} %, hauteur {3} % de l'image.",
            "Frame: left {0} %, top {1} %, width {2} % and height {3} % of the image."),
        ["alt.title"] = ("Texte alternatif", "Alternative text"),
        ["alt.help"] = (
            "Décrit l'image pour qui ne la voit pas ; utilisé par le site quand le contenu n'en fournit pas. Laissez vide pour une image décorative (alt=\"\").",
            "Describes the image for people who cannot see it; used by the site when the content supplies none. Leave empty for a decorative image (alt=\"\")."),
        ["alt.label"] = ("Texte alternatif ({0})", "Alternative text ({0})"),
        ["alt.save"] = ("Enregistrer le texte alternatif", "Save alternative text"),
        ["alt.tooLong"] = ("Le texte alternatif compte 500 caractères au plus.", "Alternative text is at most 500 characters."),
        ["delete.forever"] = ("Supprimer définitivement", "Delete permanently"),
        ["delete.emptyBin"] = ("Vider la corbeille des médias", "Empty media recycle bin"),
        ["delete.titleOne"] = ("Supprimer définitivement « {0} »", "Delete \"{0}\" permanently"),
        ["delete.titleAll"] = ("Vider la corbeille des médias", "Empty the media recycle bin"),
        ["delete.warning"] = (
            "Le fichier et ses déclinaisons seront effacés ; cette action est irréversible.",
            "The file and its renditions will be erased; this cannot be undone."),
        ["delete.items"] = ("Éléments supprimés", "Items deleted"),
        ["delete.references"] = ("Encore utilisé par ces contenus :", "Still used by these documents:"),
        ["delete.trashedContent"] = ("(dans la corbeille)", "(in the recycle bin)"),
        ["delete.confirmReferences"] = (
            "Je comprends que ces contenus n'afficheront plus ce média.",
            "I understand these documents will no longer show this media."),
        ["delete.needConfirm"] = (
            "Ce média est encore utilisé : cochez la confirmation pour le supprimer quand même.",
            "This media is still used: tick the confirmation to delete it anyway."),
        ["delete.confirm"] = ("Supprimer définitivement", "Delete permanently"),
        ["delete.cancel"] = ("Annuler", "Cancel"),
        ["delete.nothing"] = ("La corbeille des médias est vide.", "The media recycle bin is empty."),
        ["delete.done"] = ("{0} élément(s) supprimé(s) définitivement.", "{0} item(s) deleted permanently."),
        ["delete.notTrashed"] = ("Seul un élément de la corbeille peut être supprimé définitivement.", "Only an item in the recycle bin can be deleted permanently."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public MediaText(string culture) => Culture = culture == "en-US" ? "en-US" : "fr-FR";

    /// <summary>"fr-FR" or "en-US".</summary>
    public string Culture { get; }

    public string this[string key] =>
        Strings.TryGetValue(key, out var s) ? (Culture == "en-US" ? s.En : s.Fr) : key;

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);
}
