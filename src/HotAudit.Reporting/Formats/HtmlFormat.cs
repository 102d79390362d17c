using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary><c>html</c>: report.html, one self-contained page.</summary>
internal sealed class HtmlFormat : IReportFormat
{
    public string Name => "html";

    public string FileName => ReportWriter.HtmlFile;

    public void Write(AssessmentResult result, Stream output, string lang) => HtmlReportWriter.Write(result, output, lang);
}
