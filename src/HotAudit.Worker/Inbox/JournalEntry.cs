namespace HotAudit.Worker;

/// <summary>The journal's record of one inbox entry in progress.</summary>
/// <param name="Entry">The inbox entry.</param>
/// <param name="RunKey">Unique key of this claim: the run history records a run under it at most once.</param>
/// <param name="Stage">How far it got.</param>
/// <param name="ClaimedAt">When it was claimed.</param>
/// <param name="Destination">Where the inputs go (processed/ or failed/), fixed before they move.</param>
/// <param name="Error">Why it failed.</param>
internal sealed record JournalEntry(
    InboxEntry Entry, string RunKey, JournalStage Stage, DateTimeOffset ClaimedAt, string? Destination = null, string? Error = null);
