using HotAudit.Reporting.Charts;

namespace HotAudit.Reporting;

/// <summary>A case's findings by severity across its runs, as a stacked bar chart in SVG (the worker's web view).</summary>
public static class RunTrendChart
{
    /// <summary>The chart; <paramref name="runs"/> are oldest first, each with its label and counts critical → info.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="idPrefix">Prefixes the SVG's internal ids, which must be unique on a page with several charts (letters, digits, '-').</param>
    public static string Svg(string title, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> runs, string idPrefix) =>
        Html.ChartsSection.Scoped(
            SvgCharts.Stacked(title, runs, [.. Enum.GetValues<Core.Rules.Severity>().Reverse().Select(s => (ChartText.ShowsChinese ? Words.Of(s).Both : Words.Of(s).En, ChartColors.Of(s)))]),
            idPrefix);
}
