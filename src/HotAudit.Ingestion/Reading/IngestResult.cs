using HotAudit.Core.Data;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>Everything read from a case except the telemetry records, which went to the telemetry sink.</summary>
/// <param name="FileNames">Every input file by index (<see cref="Record.File"/>), relative to the case folder with '/' separators.</param>
/// <param name="Files">What was read from each file, in the same order.</param>
/// <param name="Operations">Accepted operation-log rows in file order, duplicates dropped.</param>
/// <param name="References">The reference inputs.</param>
/// <param name="Rejections">Rejected rows (up to <see cref="DataQualityReport.RejectionDetailCap"/> per file).</param>
/// <param name="Issues">Problems that did not reject a row.</param>
/// <param name="Errors">Files that could not be read, as "FILE: reason".</param>
/// <param name="FirstTs">Earliest accepted instant of telemetry and operation log (UTC ticks), if any.</param>
/// <param name="LastTs">Latest accepted instant of telemetry and operation log (UTC ticks), if any.</param>
public sealed record IngestResult(
    IReadOnlyList<string> FileNames, IReadOnlyList<InputFileReport> Files, IReadOnlyList<Record> Operations,
    ReferenceData References, IReadOnlyList<Rejection> Rejections, IReadOnlyList<DataQualityIssue> Issues,
    IReadOnlyList<string> Errors, long? FirstTs, long? LastTs);
