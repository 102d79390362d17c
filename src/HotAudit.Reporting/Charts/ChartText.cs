using System.Text;
using HotAudit.Core.Rules;
using ScottPlot;

namespace HotAudit.Reporting.Charts;

/// <summary>
/// The text of the SVG charts: one font that has Chinese glyphs, every label on its real baseline, and the characters
/// of the markup the ones the labels were written with.
/// </summary>
/// <remarks>
/// ScottPlot 5.1 places a label's baseline at the bottom of its line box less the font's <c>Bottom</c> — the lowest point
/// of any glyph in the font — instead of its descent (ScottPlot issue #5036). For Latin fonts the two are close; Noto Sans
/// CJK reaches about 1.05 em below the baseline against a 0.29 em descent, so Chinese and English labels alike rose by
/// three quarters of an em: tick labels ran into the axis, and the legend, which clips to its box, cut its text in half.
/// Each label is shifted back down by the difference, measured with the paint ScottPlot itself uses.
/// </remarks>
internal static class ChartText
{
    private const string Preferred = "Noto Sans CJK SC";

    /// <summary>
    /// The font the charts are measured and drawn with: Noto Sans CJK SC (Debian's fonts-noto-cjk) where installed, else
    /// an installed font that has Chinese glyphs, else ScottPlot's sans-serif font (and chart text in English, see
    /// <see cref="ShowsChinese"/>).
    /// </summary>
    public static string Family { get; } = SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains(Preferred) ? Preferred : Detected();

    /// <summary>
    /// Whether <see cref="Family"/> has Chinese glyphs. Skia writes SVG text back from the glyphs it drew, so with no such
    /// font installed (a bare server without fonts-noto-cjk) every Chinese character would be missing from the chart.
    /// </summary>
    public static bool ShowsChinese { get; } = HasChinese(Family);

    /// <summary>The chart text for a language: English where no installed font can show the Chinese.</summary>
    public static string For(LocalizedText text, bool zh) => zh && ShowsChinese ? text.Zh : text.En;

    /// <summary>A plot whose legend keeps its labels on their baseline.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Legend = new BaselineLegend(plot);
        return plot;
    }

    /// <summary>Sets <see cref="Family"/> on the title and every axis, and each of their labels on its baseline.</summary>
    public static void Apply(Plot plot)
    {
        plot.Legend.FontName = Family;
        OnBaseline(plot.Axes.Title.Label);
        foreach (var axis in plot.Axes.GetAxes())
        {
            OnBaseline(axis.Label);
            OnBaseline(axis.TickLabelStyle);
        }
    }

    /// <summary>Sets the font and moves the label from where ScottPlot puts it to its baseline, across its rotation.</summary>
    public static void OnBaseline(LabelStyle label)
    {
        label.FontName = Family;
        label.Font = null;
        using var paint = Paint.NewDisposablePaint();
        label.ApplyToPaint(paint);
        var (_, metrics) = paint.GetFontMetrics();
        var shift = metrics.Bottom - metrics.Descent;
        var angle = label.Rotation * Math.PI / 180;
        label.OffsetX = (float)(-shift * Math.Sin(angle));
        label.OffsetY = (float)(shift * Math.Cos(angle));
    }

    /// <summary>
    /// The SVG with its text in the characters of the labels. Skia writes each glyph back as the first code point the
    /// font maps to it, and CJK fonts draw 用 and the Kangxi radical ⽤ (U+2F64) with one glyph: without this the markup
    /// says 后台应⽤占⽐, which prints alike but cannot be searched or copied as 后台应用占比.
    /// </summary>
    public static string Unified(string svg)
    {
        if (!svg.Any(IsRadical))
        {
            return svg;
        }
        var sb = new StringBuilder(svg.Length);
        foreach (var c in svg)
        {
            sb.Append(IsRadical(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        }
        return sb.ToString();
    }

    /// <summary>The Kangxi radicals and CJK radicals supplement (U+2E80–U+2FDF), whose compatibility forms are ideographs.</summary>
    private static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2FDF';

    private static bool HasChinese(string family)
    {
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(family);
        return typeface is not null && typeface.ContainsGlyphs("条款结论");
    }

    private static string Detected()
    {
        var name = Fonts.Detect("条款结论");
        return !string.IsNullOrEmpty(name) && HasChinese(name) ? name : Fonts.Sans;
    }

    /// <summary>ScottPlot's legend with each item's label put on its baseline as it is drawn.</summary>
    private sealed class BaselineLegend(Plot plot) : Legend(plot)
    {
        public override LegendItem[] GetItems()
        {
            var items = base.GetItems();
            foreach (var item in items)
            {
                OnBaseline(item.LabelStyle);
            }
            return items;
        }
    }
}
