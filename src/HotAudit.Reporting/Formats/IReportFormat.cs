using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary>One report format of <c>--format</c>: its name, the file it writes, and how.</summary>
public interface IReportFormat
{
    /// <summary>The name <c>--format</c> and <c>Worker:Formats</c> take (lower case).</summary>
    string Name { get; }

    /// <summary>The file it writes into the out folder.</summary>
    string FileName { get; }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, in <paramref name="lang"/> first where the format has words.</summary>
    void Write(AssessmentResult result, Stream output, string lang);
}
