using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Persistence.Media;

/// <summary>The media service's failures, each with its message in French and English.</summary>
internal static class MediaErrors
{
    public static ValidationError NotFound(Guid key) => new("key", null, MediaUploadErrorCodes.NotFound, Messages.Text(
        $"Le média {key} n'existe pas ou est dans la corbeille.",
        $"Media item {key} does not exist or is in the recycle bin."));

    public static ValidationError NotTrashed() => new("key", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Ce média n'est pas dans la corbeille.",
        "This media item is not in the recycle bin."));

    public static ValidationError ParentNotFolder() => new("parent", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Le dossier parent n'existe pas, est dans la corbeille ou n'est pas un dossier.",
        "The parent folder does not exist, is in the recycle bin or is not a folder."));

    public static ValidationError MoveUnderItself() => new("parent", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Un dossier ne peut pas être déplacé sous lui-même ni sous l'un de ses descendants.",
        "A folder cannot be moved under itself or one of its descendants."));

    public static ValidationError InvalidName() => new("name", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Le nom est obligatoire (255 caractères au plus, sans caractères de contrôle).",
        "The name is required (at most 255 characters, no control characters)."));

    public static ValidationError NoFile() => new("key", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Un dossier n'a pas de fichier.",
        "A folder has no file."));

    public static ValidationError KindChange(string alias) => new("file", null, MediaUploadErrorCodes.ContentMismatch, Messages.Text(
        alias == "Image" ? "Une image ne peut être remplacée que par une image." : "Ce fichier ne peut pas être remplacé par une image.",
        alias == "Image" ? "An image can only be replaced by an image." : "This file cannot be replaced by an image."));

    public static ValidationError NotAnImage() => new("focalPoint", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Seule une image a un point focal et des recadrages.",
        "Only an image has a focal point and crops."));

    public static ValidationError InvalidFocalPoint() => new("focalPoint", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Le point focal doit avoir left et top entre 0 et 1.",
        "The focal point's left and top must be between 0 and 1."));

    public static ValidationError InvalidCrop(string alias) => new("crops", null, MediaUploadErrorCodes.Invalid, Messages.Text(
        $"Le recadrage « {alias} » n'est pas valide (alias unique, taille de 1 à 8000 px, coordonnées entre 0 et 1 laissant une image).",
        $"The crop \"{alias}\" is not valid (unique alias, size 1 to 8000 px, coordinates between 0 and 1 leaving some image)."));

    public static ValidationError InvalidAltText(string culture) => new("altText", culture, MediaUploadErrorCodes.Invalid, Messages.Text(
        "Le texte alternatif doit viser une langue du site et compter 500 caractères au plus.",
        "Alternative text must be for a language of the site and at most 500 characters."));
}
