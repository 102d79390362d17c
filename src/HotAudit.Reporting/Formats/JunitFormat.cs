using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary><c>junit</c>: one test case per clause, for CI test reports.</summary>
internal sealed class JunitFormat : IReportFormat
{
    public string Name => "junit";

    public string FileName => ReportWriter.JunitFile;

    public void Write(AssessmentResult result, Stream output, string lang) => JunitWriter.Write(result, output);
}
