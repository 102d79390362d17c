using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary>
/// Writes the requested report formats into an output folder, each atomically: written to a temporary file in the same
/// folder, then renamed over the target, so an interrupted run never leaves a half-written report behind.
/// </summary>
public static class ReportWriter
{
    /// <summary>The file name of the workbook.</summary>
    public const string WorkbookFile = "report.xlsx";

    /// <summary>The file name of the JSON twin.</summary>
    public const string JsonFile = "findings.json";

    /// <summary>The file name of the JUnit report.</summary>
    public const string JunitFile = "junit.xml";

    /// <summary>The file name of the SARIF report.</summary>
    public const string SarifFile = "findings.sarif";

    /// <summary>The file name of the HTML report.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>The formats this writer knows.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["xlsx", "json", "junit", "sarif", "html"];

    /// <summary>Writes each format (<c>xlsx</c>, <c>json</c>, <c>junit</c>, <c>sarif</c>, <c>html</c>; case-insensitive, duplicates ignored) and returns the paths written.</summary>
    /// <exception cref="ArgumentException">A format this writer does not know (nothing is written then).</exception>
    public static IReadOnlyList<string> Write(AssessmentResult result, string outputDirectory, IEnumerable<string> formats, string lang = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(result);
        var wanted = formats.Select(f => f.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = wanted.Where(f => !Formats.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown report format(s): {string.Join(", ", unknown)} (known: {string.Join(", ", Formats)})", nameof(formats));
        }
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        foreach (var format in wanted)
        {
            written.Add(format switch
            {
                "xlsx" => AtomicFile.Write(Path.Combine(outputDirectory, WorkbookFile), s => WorkbookWriter.Write(result, s, lang)),
                "junit" => AtomicFile.Write(Path.Combine(outputDirectory, JunitFile), s => JunitWriter.Write(result, s)),
                "html" => AtomicFile.Write(Path.Combine(outputDirectory, HtmlFile), s => HtmlReportWriter.Write(result, s, lang)),
                "sarif" => AtomicFile.Write(Path.Combine(outputDirectory, SarifFile), s => SarifWriter.Write(result, s)),
                _ => AtomicFile.Write(Path.Combine(outputDirectory, JsonFile), s => FindingsJsonWriter.Write(result, s)),
            });
        }
        if (wanted.Contains("xlsx") && result.DataQuality.Rejections.Count > 0)
        {
            written.Add(AtomicFile.Write(Path.Combine(outputDirectory, RejectionsCsv.FileName), s => RejectionsCsv.Write(result.DataQuality.Rejections, s)));
        }
        return written;
    }
}
