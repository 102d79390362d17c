using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary><c>json</c>: findings.json, for scripts and CI (and the next run's baseline).</summary>
internal sealed class FindingsJsonFormat : IReportFormat
{
    public string Name => "json";

    public string FileName => ReportWriter.JsonFile;

    public void Write(AssessmentResult result, Stream output, string lang) => output.Write(FindingsJsonWriter.Bytes(result));
}
