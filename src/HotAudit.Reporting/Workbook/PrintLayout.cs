using ClosedXML.Excel;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// How each sheet prints: A4, landscape where wide, one page wide (as many pages tall as it takes), the header row on
/// every page, the print area covering the cells and the charts, and a header/footer naming the case, the page and
/// the report's hash so a loose page can be put back.
/// </summary>
internal static class PrintLayout
{
    /// <summary>Applies the layout to one sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="ctx">The case and language.</param>
    /// <param name="spec">How this sheet prints.</param>
    /// <param name="reportHash">The findings' SHA-256 (hex), printed on every page.</param>
    public static void Apply(IXLWorksheet sheet, SheetContext ctx, PrintSpec spec, string reportHash)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = spec.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, spec.OnePage ? 1 : 0);
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.6;
        page.Margins.Header = page.Margins.Footer = 0.25;
        page.CenterHorizontally = true;
        if (spec.RepeatHeader)
        {
            page.SetRowsToRepeatAtTop(1, 1);
        }
        var (lastRow, lastColumn) = Extent(sheet, ctx);
        if (spec.RepeatHeader)
        {
            // Table sheets wrap their text, so the narrow columns that make one page wide still show every word.
            var table = sheet.Range(1, 1, lastRow, lastColumn).Style.Alignment;
            table.WrapText = true;
            table.Vertical = XLAlignmentVerticalValues.Top;
            RowHeights.Fit(sheet, lastRow, lastColumn);
        }
        page.PrintAreas.Clear();
        page.PrintAreas.Add(1, 1, lastRow, lastColumn);
        foreach (var row in spec.BreaksBefore.Where(r => r > 1))
        {
            page.AddHorizontalPageBreak(row - 1);
        }
        HeaderFooter(page, sheet.Name, ctx, reportHash);
    }

    private static void HeaderFooter(IXLPageSetup page, string sheetName, SheetContext ctx, string reportHash)
    {
        page.Header.Left.AddText(Escape($"{ctx.L("案例", "Case")}: {ctx.Result.Case.Id}"), XLHFOccurrence.AllPages);
        page.Header.Right.AddText(Escape(sheetName), XLHFOccurrence.AllPages);
        page.Footer.Left.AddText(Escape($"findings.json SHA-256 {reportHash[..Math.Min(16, reportHash.Length)]}"), XLHFOccurrence.AllPages);
        var center = page.Footer.Center;
        center.AddText(ctx.Zh ? "第 " : "Page ", XLHFOccurrence.AllPages);
        center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        center.AddText(ctx.Zh ? " 页 / 共 " : " of ", XLHFOccurrence.AllPages);
        center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        center.AddText(ctx.Zh ? " 页" : string.Empty, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(Escape("hotaudit " + ctx.Result.ToolVersion), XLHFOccurrence.AllPages);
    }

    /// <summary>The last row and column to print: the cells used and the charts drawn on the sheet.</summary>
    private static (int Row, int Column) Extent(IXLWorksheet sheet, SheetContext ctx)
    {
        var used = sheet.LastCellUsed()?.Address;
        var row = used?.RowNumber ?? 1;
        var column = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        foreach (var chart in ctx.Charts.Where(c => c.Sheet == sheet.Name))
        {
            row = Math.Max(row, chart.Anchor.Row + chart.Anchor.Rows);
            column = Math.Max(column, chart.Anchor.Col + chart.Anchor.Cols);
        }
        return (Math.Max(row, sheet.LastRowUsed()?.RowNumber() ?? 1), column);
    }

    /// <summary>In header and footer text an ampersand starts a code (&amp;P, &amp;N): a literal one is doubled.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
