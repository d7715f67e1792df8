using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>A valid submission waiting for the group commit of <see cref="FormSubmissionService"/>.</summary>
internal sealed class PendingSubmission(SubmissionRequest request, FormValidationResult validation, bool countAgainstRateLimit)
{
    public SubmissionRequest Request { get; } = request;

    public FormValidationResult Validation { get; } = validation;

    public bool CountAgainstRateLimit { get; } = countAgainstRateLimit;

    /// <summary>Completed once the transaction holding this submission committed (or failed).</summary>
    public TaskCompletionSource<SubmissionOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
