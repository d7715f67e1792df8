using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Persistence.Content;

/// <summary>The content service's failures, each with its message in French and English.</summary>
internal static class Errors
{
    public static ValidationError NotFound(Guid key) => new("key", null, "notFound", Messages.Text(
        $"Le document {key} n'existe pas.",
        $"Document {key} does not exist."));

    public static ValidationError UnknownContentType(string alias) => new("contentType", null, "unknownContentType", Messages.Text(
        $"Le type de document « {alias} » n'existe pas.",
        $"The document type \"{alias}\" does not exist."));

    public static ValidationError NotTrashed() => new("key", null, "notTrashed", Messages.Text(
        "Ce document n'est pas dans la corbeille.",
        "This document is not in the recycle bin."));

    public static ValidationError Trashed() => new("key", null, "trashed", Messages.Text(
        "Ce document est dans la corbeille.",
        "This document is in the recycle bin."));

    public static ValidationError ContentTypeChange() => new("contentType", null, "contentTypeChange", Messages.Text(
        "Le type d'un document existant ne peut pas être changé.",
        "The type of an existing document cannot be changed."));

    public static ValidationError CultureNotFound(string culture) => new("culture", culture.Length == 0 ? null : culture, "cultureNotFound", Messages.Text(
        culture.Length == 0 ? "Aucune langue à traiter n'a été indiquée." : $"Ce document n'a pas de version en « {culture} ».",
        culture.Length == 0 ? "No culture was given." : $"This document has no \"{culture}\" version."));

    public static ValidationError MandatoryCultureFirst(Language language) => new("culture", language.IsoCode, "mandatoryCulture", Messages.Text(
        $"Publication impossible : la langue obligatoire {language.Name} ({language.IsoCode}) doit être publiée avant ou en même temps que les autres langues.",
        $"Cannot publish: the mandatory language {language.Name} ({language.IsoCode}) must be published first or together with the other languages."));

    public static ValidationError ParentNotPublished() => new("parent", null, "parentNotPublished", Messages.Text(
        "Publication impossible : la page parente n'est pas publiée.",
        "Cannot publish: the parent page is not published."));

    public static ValidationError ParentNotFound() => new("parent", null, "parentNotFound", Messages.Text(
        "La page parente n'existe pas ou est dans la corbeille.",
        "The parent page does not exist or is in the recycle bin."));

    public static ValidationError NotAllowedAtRoot(ContentType type) => new("parent", null, "notAllowedAtRoot", Messages.Text(
        $"Un document « {type.Name.Get("fr-FR")} » ne peut pas être placé à la racine.",
        $"A \"{type.Name.Get("en-US", "en-US")}\" document cannot be placed at the root."));

    public static ValidationError NotAllowedUnder(ContentType type, ContentType? parent) => new("parent", null, "notAllowedUnder", Messages.Text(
        $"Un document « {type.Name.Get("fr-FR")} » n'est pas autorisé sous « {parent?.Name.Get("fr-FR") ?? "?"} ».",
        $"A \"{type.Name.Get("en-US", "en-US")}\" document is not allowed under \"{parent?.Name.Get("en-US", "en-US") ?? "?"}\"."));

    public static ValidationError MoveUnderItself() => new("parent", null, "moveUnderItself", Messages.Text(
        "Un document ne peut pas être déplacé sous lui-même ni sous l'un de ses descendants.",
        "A document cannot be moved under itself or one of its descendants."));

    public static ValidationError NotAChild(Guid key) => new("key", null, "notAChild", Messages.Text(
        $"Le document {key} n'est pas un enfant de ce parent.",
        $"Document {key} is not a child of this parent."));

    public static ValidationError DuplicateInSort() => new("key", null, "duplicateKey", Messages.Text(
        "Un même document apparaît deux fois dans l'ordre demandé.",
        "The same document appears twice in the requested order."));

    public static ValidationError InvalidUrlSegment(string culture) => new("urlSegment", culture, "invalidUrlSegment", Messages.Text(
        "Le segment d'URL doit contenir au moins une lettre ou un chiffre.",
        "The URL segment must contain at least one letter or digit."));

    public static ValidationError UrlSegmentTaken(string culture, string segment) => new("urlSegment", culture, "urlSegmentTaken", Messages.Text(
        $"Le segment d'URL « {segment} » est déjà utilisé par une page sœur ({culture}).",
        $"The URL segment \"{segment}\" is already used by a sibling page ({culture})."));
}
