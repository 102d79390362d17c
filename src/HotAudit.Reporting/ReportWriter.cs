using HotAudit.Core.Assessment;

namespace HotAudit.Reporting;

/// <summary>
/// Writes the requested report formats into an output folder, each atomically: written to a temporary file in the same
/// folder, then renamed over the target, so an interrupted run never leaves a half-written report behind. The formats are
/// written side by side.
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

    /// <summary>The names of the formats this writer knows (<see cref="ReportFormats"/>).</summary>
    public static IReadOnlyList<string> Formats => ReportFormats.Names;

    /// <summary>Writes each format (<c>xlsx</c>, <c>json</c>, <c>junit</c>, <c>sarif</c>, <c>html</c>; case-insensitive, duplicates ignored) and returns the paths written.</summary>
    /// <exception cref="ArgumentException">A format this writer does not know (nothing is written then).</exception>
    public static IReadOnlyList<string> Write(AssessmentResult result, string outputDirectory, IEnumerable<string> formats, string lang = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(result);
        var wanted = formats.Select(f => f.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = wanted.Where(f => ReportFormats.Find(f) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown report format(s): {string.Join(", ", unknown)} (known: {string.Join(", ", Formats)})", nameof(formats));
        }
        Directory.CreateDirectory(outputDirectory);
        // The formats only read the result: they are written side by side (the workbook alone takes most of the time).
        var formatsWanted = wanted.Select(f => ReportFormats.Find(f)!).ToList();
        var paths = new string[formatsWanted.Count];
        try
        {
            Parallel.For(0, formatsWanted.Count, i =>
                paths[i] = AtomicFile.Write(Path.Combine(outputDirectory, formatsWanted[i].FileName), s => formatsWanted[i].Write(result, s, lang)));
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        var written = new List<string>(paths);
        if (wanted.Contains("xlsx") && result.DataQuality.Rejections.Count > 0)
        {
            written.Add(AtomicFile.Write(Path.Combine(outputDirectory, RejectionsCsv.FileName), s => RejectionsCsv.Write(result.DataQuality.Rejections, s)));
        }
        return written;
    }
}
