using AgriPole.Cms.Forms.Definitions;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>A submission from the HTML form or the API, already through antiforgery and anti-spam checks.</summary>
/// <param name="RawValues">Field alias → posted values; names not in the definition are ignored.</param>
/// <param name="IdempotencyToken">Same token, same entry: a repeated post returns the first outcome.</param>
/// <param name="BaseUrl">Absolute site base for links in mails (double opt-in), without trailing slash.</param>
public sealed record SubmissionRequest(
    FormDefinition Form,
    string Culture,
    Guid? PageKey,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RawValues,
    string IdempotencyToken,
    string? ClientIpHash,
    string BaseUrl);
