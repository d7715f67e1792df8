using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>Either the stored entry's key (Duplicate when the idempotency token had been used) or the validation errors.</summary>
public sealed record SubmissionOutcome(FormValidationResult Validation, Guid? EntryKey, bool Duplicate)
{
    public bool Accepted => EntryKey.HasValue;
}
