namespace HotAudit.Core.Quality;

/// <summary>The data-quality section of a report.</summary>
/// <param name="Files">Every input file, in the order read.</param>
/// <param name="Rejections">Rejected rows (all of them up to <see cref="RejectionDetailCap"/> per file; the counts in
/// <paramref name="Files"/> are always complete).</param>
/// <param name="Issues">Problems that did not reject a row.</param>
public sealed record DataQualityReport(
    IReadOnlyList<InputFileReport> Files, IReadOnlyList<Rejection> Rejections, IReadOnlyList<DataQualityIssue> Issues)
{
    /// <summary>Rejected rows listed per file; beyond it only counted.</summary>
    public const int RejectionDetailCap = 5000;

    /// <summary>Rows read from event logs.</summary>
    public long RowsRead => Files.Where(f => f.Kind is Contract.InputKind.Telemetry or Contract.InputKind.Operations).Sum(f => f.Rows);

    /// <summary>Rows rejected from event logs.</summary>
    public long RowsRejected => Files.Sum(f => f.Rejected);

    /// <summary>Duplicates dropped.</summary>
    public long Duplicates => Files.Sum(f => f.Duplicates);
}
