using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Core.Media;

/// <summary>Either a validated file or the reason it was refused (<see cref="MediaUploadErrorCodes"/>).</summary>
public sealed record MediaUploadValidationResult(ValidatedMediaFile? File, ValidationError? Error)
{
    public bool IsValid => File is not null;
}
