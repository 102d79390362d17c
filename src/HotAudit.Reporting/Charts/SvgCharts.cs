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

    /// <summary>
    /// Some of one app's daily series as lines (shares as %), the flagged days dashed. Counts and shares get separate
    /// charts (as on the workbook's Trends sheet) rather than two y axes.
    /// </summary>
    public static string Daily(string title, DailySeries series, IReadOnlyList<string> features, string yLabel, Func<string, string> legend)
    {
        var plot = new Plot();
        var xs = series.Days.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        foreach (var feature in features)
        {
            var points = series.Values[feature].Select((v, i) => (X: xs[i], Y: v)).Where(p => p.Y.HasValue).ToList();
            if (points.Count == 0)
            {
                continue;
            }
            var share = feature.EndsWith("_share", StringComparison.Ordinal);
            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => share ? p.Y!.Value * 100 : p.Y!.Value).ToArray());
            scatter.LegendText = legend(feature);
            scatter.MarkerSize = 4;
        }
        foreach (var day in series.FlaggedDays)
        {
            var line = plot.Add.VerticalLine(day.ToDateTime(TimeOnly.MinValue).ToOADate());
            line.Color = Colors.Red.WithAlpha(0.5);
            line.LinePattern = LinePattern.Dashed;
        }
        if (plot.Axes.DateTimeTicksBottom().TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        plot.Axes.Left.Label.Text = yLabel;
        // Below the plot, so the legend never hides a peak.
        plot.ShowLegend(Edge.Bottom);
        plot.Title(title);
        return Svg(plot, LineHeight);
    }

    /// <summary>Stacked bars: one bar per label, one segment per layer (name, colour).</summary>
    public static string Stacked(string title, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> bars, IReadOnlyList<(string Name, string Color)> layers)
    {
        var plot = new Plot();
        var all = new List<Bar>();
        for (var i = 0; i < bars.Count; i++)
        {
            double bottom = 0;
            for (var j = 0; j < layers.Count; j++)
            {
                var top = bottom + bars[i].Counts[j];
                all.Add(new Bar { Position = i, ValueBase = bottom, Value = top, FillColor = Color.FromHex(layers[j].Color), LineColor = Colors.Gray });
                bottom = top;
            }
        }
        plot.Add.Bars(all.ToArray());
        foreach (var (name, color) in layers)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = Color.FromHex(color) });
        }
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Bottom.SetTicks([.. bars.Select((_, i) => (double)i)], [.. bars.Select(b => b.Label)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        return Svg(plot, BarHeight);
    }

    private static string Svg(Plot plot, int height)
    {
        // The default font has no CJK glyphs, so Chinese titles and legends vanished.
        // Noto Sans CJK (Debian's fonts-noto-cjk) covers Latin and CJK; where it is missing, the default font is used.
        plot.Font.Set("Noto Sans CJK SC");
        var svg = plot.GetSvgXml(Width, height);
        // The renderer may start with an XML declaration, which cannot appear inside a page.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
