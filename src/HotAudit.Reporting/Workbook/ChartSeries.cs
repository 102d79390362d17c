namespace HotAudit.Reporting.Workbook;

/// <summary>One series of a chart: its name, values, and per-point colours (#RRGGBB) for bars, or one colour for a line.</summary>
internal sealed record ChartSeries(string Name, ChartRange<double?> Values, IReadOnlyList<string> Colors);
