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
    public static void Apply(Sheet sheet, SheetContext ctx, PrintSpec spec, string reportHash)
    {
        var page = sheet.Print;
        page.Landscape = spec.Landscape;
        page.PagesTall = spec.OnePage ? 1 : 0;
        if (spec.RepeatHeader)
        {
            page.RepeatRows = (1, 1);
        }
        var (lastRow, lastColumn) = Extent(sheet, ctx);
        if (spec.RepeatHeader)
        {
            // Table sheets wrap their text, so the narrow columns that make one page wide still show every word.
            foreach (var cell in sheet.Range(1, 1, lastRow, lastColumn))
            {
                cell.Style = cell.Style with { Wrap = true, Top = true };
            }
            RowHeights.Fit(sheet, lastRow, lastColumn);
        }
        page.Area = (lastRow, lastColumn);
        foreach (var row in spec.BreaksBefore.Where(r => r > 1))
        {
            page.BreaksAfter.Add(row - 1);
        }
        HeaderFooter(page, sheet.Name, ctx, reportHash);
    }

    /// <summary>Header: the case left, the sheet right. Footer: the report's hash left, page N of M centred, the tool right.</summary>
    private static void HeaderFooter(SheetPrint page, string sheetName, SheetContext ctx, string reportHash)
    {
        page.Header = $"&L{Escape($"{ctx.L("案例", "Case")}: {ctx.Result.Case.Id}")}&R{Escape(sheetName)}";
        var pages = ctx.Zh ? "第 &P 页 / 共 &N 页" : "Page &P of &N";
        page.Footer = $"&L{Escape($"findings.json SHA-256 {reportHash[..Math.Min(16, reportHash.Length)]}")}&C{pages}&R{Escape("hotaudit " + ctx.Result.ToolVersion)}";
    }

    /// <summary>The last row and column to print: the cells used and the charts drawn on the sheet.</summary>
    private static (int Row, int Column) Extent(Sheet sheet, SheetContext ctx)
    {
        var (row, column) = sheet.LastUsed();
        foreach (var chart in ctx.Charts.Where(c => c.Sheet == sheet.Name))
        {
            row = Math.Max(row, chart.Anchor.Row + chart.Anchor.Rows);
            column = Math.Max(column, chart.Anchor.Col + chart.Anchor.Cols);
        }
        return (Math.Max(row, 1), Math.Max(column, 1));
    }

    /// <summary>In header and footer text an ampersand starts a code (&amp;P, &amp;N): a literal one is doubled.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
