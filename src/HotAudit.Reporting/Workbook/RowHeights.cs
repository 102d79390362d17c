namespace HotAudit.Reporting.Workbook;

/// <summary>
/// Row heights for wrapped text. Excel and LibreOffice keep the height a file gives a row, and nothing here measures
/// text, so the lines each cell needs are estimated from its column width: a CJK character counts as two.
/// </summary>
internal static class RowHeights
{
    private const double PointsPerLine = 15;
    private const int MaxLines = 12;

    /// <summary>Makes every row of the range tall enough for its most wrapped cell (at most <see cref="MaxLines"/> lines).</summary>
    public static void Fit(Sheet sheet, int lastRow, int lastColumn)
    {
        var widths = Enumerable.Range(1, lastColumn).Select(c => Math.Max(2, sheet.Width(c) - 1)).ToArray();
        for (var r = 1; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            var lines = 1d;
            foreach (var cell in row.Cells)
            {
                if (cell is { Kind: CellKind.Text, HasValue: true } && cell.Column <= lastColumn)
                {
                    lines = Math.Max(lines, Lines(cell.Text, widths[cell.Column - 1]));
                }
            }
            if (lines > 1)
            {
                row.Height = PointsPerLine * Math.Min(lines, MaxLines);
            }
        }
    }

    internal static double Lines(string text, double width) =>
        text.Split('\n').Sum(part => Math.Max(1, Math.Ceiling(part.Sum(ch => ch > '\u2E80' ? 2 : 1) / width)));
}
