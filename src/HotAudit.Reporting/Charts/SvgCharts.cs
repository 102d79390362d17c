using System.Globalization;
using ScottPlot;

namespace HotAudit.Reporting.Charts;

/// <summary>Draws the report's charts with ScottPlot 5 as SVG markup to inline into report.html.</summary>
internal static class SvgCharts
{
    private const int Width = 640;
    private const int BarHeight = 320;
    private const int LineHeight = 300;

    /// <summary>A bar chart: one bar per label, each with its colour (#RRGGBB).</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, double Value, string Color)> bars)
    {
        var plot = new Plot();
        plot.Add.Bars(bars.Select((b, i) => new Bar { Position = i, Value = b.Value, FillColor = Color.FromHex(b.Color), LineColor = Colors.Gray }).ToArray());
        plot.Axes.Bottom.SetTicks([.. bars.Select((_, i) => (double)i)], [.. bars.Select(b => b.Label)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        return Svg(plot, BarHeight);
    }

    /// <summary>One app's daily series: the count on the left axis, the shares (as %) on the right; flagged days marked.</summary>
    public static string Daily(string title, DailySeries series, Func<string, string> label)
    {
        var plot = new Plot();
        var xs = series.Days.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        foreach (var feature in ChartData.Features)
        {
            var points = series.Values[feature].Select((v, i) => (X: xs[i], Y: v)).Where(p => p.Y.HasValue).ToList();
            if (points.Count == 0)
            {
                continue;
            }
            var share = feature.EndsWith("_share", StringComparison.Ordinal);
            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => share ? p.Y!.Value * 100 : p.Y!.Value).ToArray());
            scatter.LegendText = label(feature);
            scatter.MarkerSize = 4;
            if (share)
            {
                scatter.Axes.YAxis = plot.Axes.Right;
            }
        }
        foreach (var day in series.FlaggedDays)
        {
            var line = plot.Add.VerticalLine(day.ToDateTime(TimeOnly.MinValue).ToOADate());
            line.Color = Colors.Red.WithAlpha(0.5);
            line.LinePattern = LinePattern.Dashed;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = label("publishes");
        plot.Axes.Right.Label.Text = "%";
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Title(title);
        return Svg(plot, LineHeight);
    }

    private static string Svg(Plot plot, int height)
    {
        var svg = plot.GetSvgXml(Width, height);
        // The renderer may start with an XML declaration, which cannot appear inside a page.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    /// <summary>A value as text for a chart label.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
