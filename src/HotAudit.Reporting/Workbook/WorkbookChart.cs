namespace HotAudit.Reporting.Workbook;

/// <summary>A native chart a sheet asks for: its data are cells the sheet wrote, copied as the chart's cache.</summary>
/// <param name="Sheet">The sheet it is drawn on (and whose cells it reads).</param>
/// <param name="Title">Its title.</param>
/// <param name="Line">A line chart; otherwise a column chart.</param>
/// <param name="Categories">The category cells (column, first row, last row) and their text.</param>
/// <param name="Series">The series.</param>
/// <param name="Anchor">Top-left cell (0-based column, row) and size in cells (columns, rows).</param>
internal sealed record WorkbookChart(
    string Sheet, string Title, bool Line, ChartRange<string> Categories, IReadOnlyList<ChartSeries> Series,
    (int Col, int Row, int Cols, int Rows) Anchor);
