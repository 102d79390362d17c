using HotAudit.Core.Data;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>The part of a file's sink common to every kind: counts, data-quality issues and progress.</summary>
internal abstract class FileSink(string name, IngestState state) : IRowSink
{
    private int _issues;
    private long _reportedRows;

    public string Name { get; } = name;

    public FileTally Tally { get; } = new();

    /// <summary>SHA-256 of the whole stored file, lower-case hex, when it was read whole (else empty).</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>The encoding detected (empty until known).</summary>
    public string Encoding { get; set; } = string.Empty;

    protected IngestState State { get; } = state;

    /// <summary>Issues found so far, listed or not.</summary>
    public long IssueCount => _issues;

    public abstract void Row(RowBuffer row);

    public abstract void Unreadable(int line);

    public abstract void Rejected(int line, string reason);

    /// <summary>Records an issue; beyond the detail cap per file only the count is kept, reported by <see cref="Finish"/>.</summary>
    public void Issue(int line, string field, string message)
    {
        if (++_issues <= DataQualityReport.RejectionDetailCap)
        {
            State.Issues.Add(new DataQualityIssue(Name, line, field, message));
        }
    }

    /// <summary>Reports the rows read since the last report (files and chunks are read side by side: only deltas add up).</summary>
    public void Progress(long storedBytes)
    {
        var rows = Tally.Rows - _reportedRows;
        _reportedRows = Tally.Rows;
        State.Report(Name, rows, storedBytes);
    }

    /// <summary>Summarises the issues that were only counted.</summary>
    public void Finish()
    {
        if (_issues > DataQualityReport.RejectionDetailCap)
        {
            State.Issues.Add(MoreIssues(Name, _issues));
        }
    }

    /// <summary>The line that stands for the issues of a file beyond the detail cap.</summary>
    public static DataQualityIssue MoreIssues(string file, long issues) =>
        new(file, 0, string.Empty, RunMessages.MoreIssues.Format(issues - DataQualityReport.RejectionDetailCap));
}
