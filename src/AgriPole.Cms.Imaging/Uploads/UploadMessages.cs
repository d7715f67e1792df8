using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Imaging.Uploads;

/// <summary>Upload refusals in the editor's language (fr-FR, en-US).</summary>
public static class UploadMessages
{
    public static ValidationError Error(string code)
    {
        var (fr, en) = code switch
        {
            MediaUploadErrorCodes.Empty => ("Le fichier est vide.", "The file is empty."),
            MediaUploadErrorCodes.TooLarge => ("Le fichier dépasse la taille maximale autorisée.", "The file is larger than the size limit."),
            MediaUploadErrorCodes.InvalidName => ("Le nom du fichier n'est pas valide.", "The file name is not valid."),
            MediaUploadErrorCodes.ExtensionNotAllowed => ("Ce type de fichier n'est pas accepté.", "This type of file is not accepted."),
            MediaUploadErrorCodes.SvgRefused => (
                "Les fichiers SVG ne sont pas acceptés : ils peuvent contenir du script. Exportez l'image en PNG.",
                "SVG files are not accepted: they can carry script. Export the image as PNG."),
            MediaUploadErrorCodes.ContentMismatch => (
                "Le contenu du fichier ne correspond pas à son extension.",
                "The file's content does not match its extension."),
            MediaUploadErrorCodes.ImageTooLarge => ("L'image est trop grande (8 000 px par côté et 40 mégapixels au plus).", "The image is too large (at most 8,000 px a side and 40 megapixels)."),
            MediaUploadErrorCodes.TooManyFrames => ("L'animation GIF compte trop d'images.", "The GIF animation has too many frames."),
            MediaUploadErrorCodes.Busy => ("Le serveur traite d'autres images ; réessayez dans un instant.", "The server is busy with other images; try again shortly."),
            _ => ("L'image est illisible ou incomplète.", "The image is unreadable or incomplete."),
        };

        return new ValidationError("file", null, code, new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = fr, ["en-US"] = en }));
    }
}
