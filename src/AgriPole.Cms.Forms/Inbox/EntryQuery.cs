using AgriPole.Cms.Forms.Storage;

namespace AgriPole.Cms.Forms.Inbox;

/// <summary>Filter of the inbox list; every criterion is optional.</summary>
/// <param name="Search">Matched (case-insensitively) against the e-mail address and the stored values.</param>
public sealed record EntryQuery(
    string? FormAlias = null,
    FormEntryState? State = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    string? Search = null,
    int Skip = 0,
    int Take = 50);
