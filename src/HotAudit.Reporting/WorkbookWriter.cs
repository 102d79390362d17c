using HotAudit.Core.Assessment;
using HotAudit.Reporting.Workbook;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>report.xlsx</c> (OUTPUTS.md): ten bilingual sheets, native charts on the Summary and Trends sheets, every value from the inputs written as text or
/// number, never as a formula. The sheets are built as <see cref="Sheet"/>s and streamed into the package by
/// <see cref="XlsxPackage"/> (no spreadsheet object model: the report costs what its cells cost).
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>Writes the workbook to a stream (left open).</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="lang"><c>zh-CN</c> or <c>en</c>: which language shows first, or alone where only one fits.</param>
    public static void Write(AssessmentResult result, Stream stream, string lang = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(result);
        var ctx = new SheetContext(result, lang);
        var sheets = SheetNames.InOrder.ToDictionary(n => n, n => new Sheet(n), StringComparer.Ordinal);
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
        var hash = ReportHash(result);
        foreach (var (sheet, spec) in PrintSpecs(ctx))
        {
            PrintLayout.Apply(sheets[sheet], ctx, spec, hash);
        }
        // Fixed document times (the report's), so the file does not carry the machine clock.
        XlsxPackage.Write(stream, [.. SheetNames.InOrder.Select(n => sheets[n])], ctx.Charts, result.CreatedAt, "hotaudit " + result.ToolVersion);

        void Fill(string sheet, Action<RowWriter, SheetContext> fill) => fill(new RowWriter(sheets[sheet]), ctx);
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
    private static string ReportHash(AssessmentResult result) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(FindingsJsonWriter.Bytes(result)));
}
