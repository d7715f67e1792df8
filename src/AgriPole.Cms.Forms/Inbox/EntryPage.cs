namespace AgriPole.Cms.Forms.Inbox;

/// <summary>One page of entries, newest first, with the total matching the filter.</summary>
public sealed record EntryPage(IReadOnlyList<EntryView> Items, int Total);
