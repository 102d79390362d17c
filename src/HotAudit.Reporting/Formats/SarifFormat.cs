using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary><c>sarif</c>: SARIF 2.1.0, for code-scanning dashboards.</summary>
internal sealed class SarifFormat : IReportFormat
{
    public string Name => "sarif";

    public string FileName => ReportWriter.SarifFile;

    public void Write(AssessmentResult result, Stream output, string lang) => SarifWriter.Write(result, output);
}
