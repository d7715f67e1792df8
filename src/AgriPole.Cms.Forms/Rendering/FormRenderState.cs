using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Rendering;

/// <summary>What a re-rendered form shows after a failed post: the visitor's values, the errors, a notice.</summary>
public sealed record FormRenderState(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<FieldError> Errors,
    string? Notice,
    string? IdempotencyToken,
    string? ReturnUrl);
