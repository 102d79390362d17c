using ClosedXML.Excel;
using HotAudit.Core.Assessment;
using HotAudit.Reporting.Workbook;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>report.xlsx</c> (OUTPUTS.md): nine bilingual sheets, every value from the inputs written as text or
/// number, never as a formula.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>Writes the workbook to a stream (left open).</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="lang"><c>zh-CN</c> or <c>en</c>: which language shows first, or alone where only one fits.</param>
    public static void Write(AssessmentResult result, Stream stream, string lang = "zh-CN")
    {
        using var workbook = Build(result, lang);
        workbook.SaveAs(stream);
    }

    internal static XLWorkbook Build(AssessmentResult result, string lang)
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
        Fill(SheetNames.Traceability, TraceabilitySheet.Fill);
        Fill(SheetNames.ManualChecks, ManualChecksSheet.Fill);
        Fill(SheetNames.DataQuality, DataQualitySheet.Fill);
        Fill(SheetNames.Appendix, AppendixSheet.Fill);
        workbook.Worksheet(SheetNames.Summary).SetTabActive();
        return workbook;

        void Fill(string sheet, Action<RowWriter, SheetContext> fill) => fill(new RowWriter(workbook.Worksheet(sheet)), ctx);
    }
}
