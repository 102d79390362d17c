using ClosedXML.Excel;
using HotAudit.Core.Assessment;
using HotAudit.Reporting.Workbook;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>report.xlsx</c> (OUTPUTS.md): ten bilingual sheets, native charts on the Summary and Trends sheets, every value from the inputs written as text or
/// number, never as a formula.
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>Writes the workbook to a stream (left open).</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="lang"><c>zh-CN</c> or <c>en</c>: which language shows first, or alone where only one fits.</param>
    public static void Write(AssessmentResult result, Stream stream, string lang = "zh-CN")
    {
        var charts = new List<WorkbookChart>();
        using var package = new MemoryStream();
        using (var workbook = Build(result, lang, charts))
        {
            workbook.SaveAs(package);
        }
        ChartParts.Add(package, charts);
        package.Position = 0;
        package.CopyTo(stream);
    }

    internal static XLWorkbook Build(AssessmentResult result, string lang) => Build(result, lang, []);

    private static XLWorkbook Build(AssessmentResult result, string lang, List<WorkbookChart> charts)
    {
        ArgumentNullException.ThrowIfNull(result);
        var workbook = new XLWorkbook();
        // Fixed document times, so the file does not carry the machine clock.
        workbook.Properties.Created = result.CreatedAt.UtcDateTime;
        workbook.Properties.Modified = result.CreatedAt.UtcDateTime;
        workbook.Properties.Author = "hotaudit " + result.ToolVersion;
        foreach (var name in SheetNames.InOrder)
        {
            workbook.Worksheets.Add(name);
        }
        var ctx = new SheetContext(result, lang, workbook);
        Fill(SheetNames.Summary, SummarySheet.Fill);
        Fill(SheetNames.Clauses, ClausesSheet.Fill);
        Fill(SheetNames.Findings, FindingsSheet.Fill);
        Fill(SheetNames.Evidence, EvidenceSheet.Fill);
        Fill(SheetNames.Anomalies, AnomaliesSheet.Fill);
        Fill(SheetNames.Trends, TrendsSheet.Fill);
        Fill(SheetNames.Traceability, TraceabilitySheet.Fill);
        Fill(SheetNames.ManualChecks, ManualChecksSheet.Fill);
        Fill(SheetNames.DataQuality, DataQualitySheet.Fill);
        Fill(SheetNames.Appendix, AppendixSheet.Fill);
        workbook.Worksheet(SheetNames.Summary).SetTabActive();
        charts.AddRange(ctx.Charts);
        var hash = ReportHash(result);
        foreach (var (sheet, spec) in PrintSpecs(ctx))
        {
            PrintLayout.Apply(workbook.Worksheet(sheet), ctx, spec, hash);
        }
        return workbook;

        void Fill(string sheet, Action<RowWriter, SheetContext> fill) => fill(new RowWriter(workbook.Worksheet(sheet)), ctx);
    }

    /// <summary>Each sheet's print layout: every sheet one page wide; tables repeat their header row.</summary>
    private static IEnumerable<(string Sheet, PrintSpec Spec)> PrintSpecs(SheetContext ctx)
    {
        yield return (SheetNames.Summary, new PrintSpec(Landscape: true, RepeatHeader: false, OnePage: true));
        foreach (var table in new[] { SheetNames.Clauses, SheetNames.Findings, SheetNames.Evidence, SheetNames.Anomalies, SheetNames.Traceability, SheetNames.ManualChecks })
        {
            yield return (table, new PrintSpec(Landscape: true, RepeatHeader: true));
        }
        var trends = new PrintSpec(Landscape: true, RepeatHeader: false);
        trends.BreaksBefore.AddRange(ctx.BreaksBefore(SheetNames.Trends));
        yield return (SheetNames.Trends, trends);
        yield return (SheetNames.DataQuality, new PrintSpec(Landscape: true, RepeatHeader: false));
        yield return (SheetNames.Appendix, new PrintSpec(Landscape: true, RepeatHeader: false));
    }

    /// <summary>The SHA-256 of the findings.json this result writes: the same hash on every printed page and in the JSON's own file.</summary>
    private static string ReportHash(AssessmentResult result)
    {
        using var json = new MemoryStream();
        FindingsJsonWriter.Write(result, json);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(json.ToArray()));
    }
}
