namespace HotAudit.Reporting.Workbook;

/// <summary>How one sheet prints (see <see cref="PrintLayout"/>).</summary>
/// <param name="Landscape">Landscape rather than portrait.</param>
/// <param name="RepeatHeader">Row 1 is a table header, repeated at the top of every page.</param>
/// <param name="OnePage">Fit to one page tall as well (the Summary, so labels, values and charts stay together).</param>
internal sealed record PrintSpec(bool Landscape, bool RepeatHeader, bool OnePage = false)
{
    /// <summary>Rows that start a new page (blocks that should print whole, e.g. each app's charts on Trends).</summary>
    public List<int> BreaksBefore { get; } = [];
}
