using HotAudit.Core.Findings;

namespace HotAudit.History;

/// <summary>The record of past runs: what each found, so the next run of the same case can say what changed.</summary>
public interface IRunHistory
{
    /// <summary>Creates the tables when they are not there yet.</summary>
    Task EnsureCreatedAsync(CancellationToken ct);

    /// <summary>Records a run and its findings in one transaction; false when a run with its key is already recorded.</summary>
    Task<bool> RecordAsync(RunRecord run, CancellationToken ct);

    /// <summary>Whether a run with this key is recorded.</summary>
    Task<bool> ContainsAsync(string runKey, CancellationToken ct);

    /// <summary>
    /// The findings of the latest recorded run of the case from <paramref name="source"/> (inbox and schedule names are
    /// separate namespaces: an inbox case named like a schedule never becomes its baseline); null when there is none.
    /// </summary>
    Task<IReadOnlyList<PreviousFinding>?> LatestFindingsAsync(string caseName, string source, CancellationToken ct);

    /// <summary>Recorded runs, newest first, of one case or of every case.</summary>
    Task<IReadOnlyList<RunSummary>> ListAsync(string? caseName, CancellationToken ct);
}
