using HotAudit.Reporting.Charts;

namespace HotAudit.Reporting;

/// <summary>A case's findings by severity across its runs, as a stacked bar chart in SVG (the worker's web view).</summary>
public static class RunTrendChart
{
    /// <summary>The chart; <paramref name="runs"/> are oldest first, each with its label and counts critical → info.</summary>
    public static string Svg(string title, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> runs) =>
        SvgCharts.Stacked(title, runs, [.. Enum.GetValues<Core.Rules.Severity>().Reverse().Select(s => (Names.Of(s), ChartColors.Of(s)))]);
}
