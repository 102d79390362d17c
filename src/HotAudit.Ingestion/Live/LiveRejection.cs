namespace HotAudit.Ingestion.Live;

/// <summary>A row of a live batch that was not accepted: its 1-based line in the body and why (the field and the contract's reason).</summary>
public sealed record LiveRejection(int Line, string Reason);
