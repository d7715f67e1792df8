namespace AgriPole.Cms.Imaging.Processing;

/// <summary>An image refused by the limits or unreadable; <see cref="Code"/> is one of <see cref="Core.Media.MediaUploadErrorCodes"/>. A 400, never a 500.</summary>
public sealed class ImageRejectedException : Exception
{
    public ImageRejectedException()
        : this(Core.Media.MediaUploadErrorCodes.ImageInvalid, "The image is invalid.")
    {
    }

    public ImageRejectedException(string message)
        : this(Core.Media.MediaUploadErrorCodes.ImageInvalid, message)
    {
    }

    public ImageRejectedException(string message, Exception innerException)
        : base(message, innerException) => Code = Core.Media.MediaUploadErrorCodes.ImageInvalid;

    public ImageRejectedException(string code, string message)
        : base(message) => Code = code;

    public string Code { get; } = Core.Media.MediaUploadErrorCodes.ImageInvalid;
}
