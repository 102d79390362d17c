namespace HotAudit.Cli.Tests.Support;

/// <summary>Roster lines for <see cref="CaseBuilder.Roster"/> with full timestamps (no date-only start-of-day ambiguity).</summary>
internal static class RosterLine
{
    /// <summary>The roster's own opening: every open line starts here, long before any hand-built case.</summary>
    public static readonly DateTimeOffset Opened = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static string Of(string @operator, string permissions, DateTimeOffset? validFrom = null, DateTimeOffset? validTo = null) =>
        string.Join(',', @operator, "staff", permissions, CaseFiles.Ts(validFrom ?? Opened), validTo is { } to ? CaseFiles.Ts(to) : string.Empty);
}
