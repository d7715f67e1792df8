namespace AgriPole.Cms.Core.Media;

/// <summary>Codes of <see cref="Services.ValidationError"/>s for refused uploads; endpoints map <see cref="TooLarge"/> to 413, the rest to 400.</summary>
public static class MediaUploadErrorCodes
{
    public const string Empty = "media.empty";
    public const string TooLarge = "media.tooLarge";
    public const string InvalidName = "media.invalidName";
    public const string ExtensionNotAllowed = "media.extensionNotAllowed";
    public const string SvgRefused = "media.svgRefused";
    public const string ContentMismatch = "media.contentMismatch";
    public const string ImageTooLarge = "media.imageTooLarge";
    public const string ImageInvalid = "media.imageInvalid";
    public const string TooManyFrames = "media.tooManyFrames";
    public const string Busy = "media.busy";

    /// <summary>No such (non-trashed) item: endpoints answer 404.</summary>
    public const string NotFound = "media.notFound";

    /// <summary>A write the tree forbids (move into itself or a non-folder, bad name, bad focal point or crop).</summary>
    public const string Invalid = "media.invalid";
}
