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
        var plot = ChartText.NewPlot();
        plot.Add.Bars(bars.Select((b, i) => new Bar { Position = i, Value = b.Value, FillColor = Color.FromHex(b.Color), LineColor = Colors.Gray }).ToArray());
        plot.Axes.Bottom.SetTicks([.. bars.Select((_, i) => (double)i)], [.. bars.Select(b => Wrapped(b.Label))]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        return Svg(plot, BarHeight);
    }

    /// <summary>
    /// A bar's label on two lines when it is of several words and long: six verdicts share 640 pixels, and on one line
    /// "observation", "insufficient evidence" and "manual check" ran into each other.
    /// </summary>
    internal static string Wrapped(string label)
    {
        var space = label.LastIndexOf(' ');
        return label.Length > 10 && space > 0 ? label[..space] + "\n" + label[(space + 1)..] : label;
    }

    /// <summary>
    /// Some of one app's daily series as lines (shares as %), the flagged days dashed. Counts and shares get separate
    /// charts (as on the workbook's Trends sheet) rather than two y axes.
    /// </summary>
    public static string Daily(string title, DailySeries series, IReadOnlyList<string> features, string yLabel, Func<string, string> legend)
    {
        var plot = ChartText.NewPlot();
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
        // A date label is centred on its tick: without room on the right, the last one (2026-10-01) ran off the chart.
        plot.Axes.Right.MinimumSize = 36;
        // Below the plot, so the legend never hides a peak.
        plot.ShowLegend(Edge.Bottom);
        plot.Title(title);
        return Svg(plot, LineHeight);
    }

    /// <summary>Stacked bars: one bar per label, one segment per layer (name, colour).</summary>
    public static string Stacked(string title, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> bars, IReadOnlyList<(string Name, string Color)> layers)
    {
        var plot = ChartText.NewPlot();
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
        ChartText.Apply(plot);
        var svg = plot.GetSvgXml(Width, height);
        // The renderer may start with an XML declaration, which cannot appear inside a page.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return ChartText.Unified(start > 0 ? svg[start..] : svg);
    }
}
