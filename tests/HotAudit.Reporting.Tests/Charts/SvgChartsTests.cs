using FluentAssertions;
using HotAudit.Reporting.Charts;
using Xunit;

namespace HotAudit.Reporting.Tests.Charts;

/// <summary>
/// The charts' text where a reader sees it: inside the legend box that clips it, below the axis, apart from its
/// neighbours, and in the characters it was written with.
/// </summary>
public sealed class SvgChartsTests
{
    private const double Tolerance = 0.5;

    private static readonly string[] Legends = ["后台应用占比", "失败设备占比", "明文 HTTP 检查占比"];

    [CjkFontFact]
    public void Daily_ChineseLegend_EachLabelWholeInsideTheLegendBox()
    {
        var svg = DailyShares(Legends);

        var labels = SvgText.All(svg).Where(t => Legends.Contains(t.Text)).ToList();

        labels.Select(l => l.Text).Should().BeEquivalentTo(Legends, "the legend says what the series are, in the characters they were written with");
        foreach (var label in labels)
        {
            label.ClipPath.Should().NotBeNull("the legend clips its items to its box");
            var (_, top, _, bottom) = SvgText.ClipRect(svg, label.ClipPath!);
            label.Top.Should().BeGreaterThanOrEqualTo(top - Tolerance, $"'{label.Text}' is cut at the top otherwise");
            label.Bottom.Should().BeLessThanOrEqualTo(bottom + Tolerance, $"'{label.Text}' is cut at the bottom otherwise");
        }
    }

    [CjkFontFact]
    public void Bars_ChineseTickLabels_BelowTheAxisLine()
    {
        string[] verdicts = ["符合", "不符合", "观察项", "证据不足", "待人工核查", "不适用"];
        var svg = SvgCharts.Bars("条款结论", [.. verdicts.Select((v, i) => (v, (double)i, "#C6EFCE"))]);

        var axis = DataAreaBottom(svg);
        var ticks = SvgText.All(svg).Where(t => verdicts.Contains(t.Text)).ToList();

        ticks.Should().HaveCount(verdicts.Length);
        ticks.Should().OnlyContain(t => t.Top >= axis - Tolerance, "a tick label written over the axis line cannot be read");
    }

    [Fact]
    public void Bars_EnglishVerdicts_NoTickLabelRunsIntoTheNext()
    {
        string[] verdicts = ["conformant", "nonconformant", "observation", "insufficient evidence", "manual check", "not applicable"];
        var svg = SvgCharts.Bars("Clause verdicts", [.. verdicts.Select((v, i) => (v, (double)i, "#C6EFCE"))]);

        var lines = SvgText.All(svg).Where(t => verdicts.Any(v => v.Contains(t.Text, StringComparison.Ordinal)) && t.Text.Length > 0)
            .GroupBy(t => Math.Round(t.Top)).Select(g => g.OrderBy(t => t.Left).ToList());

        foreach (var line in lines)
        {
            line.Zip(line.Skip(1)).Should().OnlyContain(p => p.First.Right <= p.Second.Left, "each verdict's name stands apart under its bar");
        }
    }

    [Theory]
    [InlineData("<text>后台应\u2F64占\u2F50</text>", "<text>后台应用占比</text>")]
    [InlineData("<text>明\u2F42 HTTP</text>", "<text>明文 HTTP</text>")]
    [InlineData("<text>share of failing devices</text>", "<text>share of failing devices</text>")]
    public void Unified_KangxiRadicalsFromTheGlyphMap_TheIdeographsWritten(string svg, string expected) =>
        ChartText.Unified(svg).Should().Be(expected);

    private static string DailyShares(IReadOnlyList<string> legends)
    {
        string[] features = ["background_apply_share", "failure_device_share", "http_check_share"];
        var days = Enumerable.Range(0, 10).Select(i => new DateOnly(2026, 9, 1).AddDays(i)).ToList();
        var values = features.ToDictionary(f => f, f => (IReadOnlyList<double?>)[.. days.Select((_, i) => (double?)(i % 3) / 10)]);
        var series = new DailySeries("com.acme.news", days, values, [days[4]]);
        return SvgCharts.Daily("每日占比: com.acme.news", series, features, "%", f => legends[Array.IndexOf(features, f)]);
    }

    /// <summary>The bottom of the largest clip rectangle, the data area's: the x axis line.</summary>
    private static double DataAreaBottom(string svg) =>
        System.Xml.Linq.XDocument.Parse(svg).Descendants("{http://www.w3.org/2000/svg}clipPath")
            .Select(c => SvgText.ClipRect(svg, (string)c.Attribute("id")!))
            .OrderByDescending(r => (r.Right - r.Left) * (r.Bottom - r.Top)).First().Bottom;
}
