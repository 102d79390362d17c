using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary><c>xlsx</c>: the workbook for evaluators and regulators.</summary>
internal sealed class WorkbookFormat : IReportFormat
{
    public string Name => "xlsx";

    public string FileName => ReportWriter.WorkbookFile;

    public void Write(AssessmentResult result, Stream output, string lang) => WorkbookWriter.Write(result, output, lang);
}
