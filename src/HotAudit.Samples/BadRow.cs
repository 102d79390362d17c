namespace HotAudit.Samples;

/// <summary>A row the generator wrote to be rejected (<c>--inject badrows</c>): where it is and the field the contract names.</summary>
internal sealed record BadRow(string File, long Line, string Field);
