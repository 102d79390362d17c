namespace HotAudit.Reporting.Workbook;

/// <summary>A single-column cell range (1-based column and rows) and the values it holds.</summary>
internal sealed record ChartRange<T>(int Column, int FirstRow, IReadOnlyList<T> Values)
{
    public int LastRow => FirstRow + Values.Count - 1;
}
