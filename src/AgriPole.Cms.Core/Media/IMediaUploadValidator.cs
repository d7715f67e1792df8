namespace AgriPole.Cms.Core.Media;

/// <summary>
/// Checks an uploaded file before anything is stored: size cap, sanitised name, extension allowlist matched against
/// the file's own bytes, image limits (dimensions, pixels, frames, truncation). Implemented by the imaging layer.
/// </summary>
public interface IMediaUploadValidator
{
    /// <summary>The size cap in bytes (AgriPole:Imaging:MaxUploadBytes); endpoints answer 413 beyond it.</summary>
    long MaxUploadBytes { get; }

    /// <summary>
    /// Copies <paramref name="content"/> to a temporary file (reading at most <see cref="MaxUploadBytes"/> + 1 bytes)
    /// and validates it. The caller disposes the returned file (which deletes the temporary copy unless stored).
    /// </summary>
    Task<MediaUploadValidationResult> ValidateAsync(Stream content, string fileName, CancellationToken cancellationToken = default);
}
