using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// Either the stored entry's key (Duplicate when the idempotency token had been used), the validation errors, or
/// RateLimited (valid, but the client used up its submissions: nothing stored).
/// </summary>
public sealed record SubmissionOutcome(FormValidationResult Validation, Guid? EntryKey, bool Duplicate, bool RateLimited = false)
{
    public bool Accepted => EntryKey.HasValue;
}
